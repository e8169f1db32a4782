/// Encodes an animation as its frames arrive, writing its bytes out as it goes where the format
/// allows, so that memory does not grow with the number of frames.
public protocol FrameEncoder: AnyObject {
    /// Adds the next frame; it shows for the timing's delay.
    func add(_ frame: FramePixels) throws
    /// Writes whatever is left; no frame may be added after.
    func finish() throws
}

/// Where an encoder's bytes go, in order.
public typealias ByteOutput = ([UInt8]) throws -> Void

/// The animated formats.
public enum AnimationFormat: String, CaseIterable, Sendable {
    case gif
    case webp
    case apng

    /// An encoder of this format writing to `output`.
    public func encoder(width: Int, height: Int, timing: FrameTiming, output: @escaping ByteOutput) throws -> FrameEncoder {
        switch self {
        case .gif: try GIFEncoder(width: width, height: height, timing: timing, output: output)
        case .webp: try WebPEncoder(width: width, height: height, timing: timing, output: output)
        case .apng: APNGEncoder(width: width, height: height, timing: timing, output: output)
        }
    }
}

/// A failure of an encoding library, with the call that failed.
public struct EncoderError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
