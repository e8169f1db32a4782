import CCairo
import Foundation

/// A PNG decoded to straight 8-bit RGBA, for comparing figures by their pixels in tests.
public struct DecodedImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major RGBA bytes.
    public let rgba: [UInt8]

    /// Decodes PNG bytes with Cairo's reader.
    public init(png: [UInt8]) throws {
        let sink = ByteSource(png)
        guard let surface = cairo_image_surface_create_from_png_stream(ByteSource.read, sink.opaque) else {
            throw DecodingError("cairo_image_surface_create_from_png_stream returned no surface")
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw DecodingError("cairo_image_surface_create_from_png_stream: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            throw DecodingError("cairo_image_surface_get_data returned no pixels")
        }
        var out = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let p = row[x], a = p >> 24
                func straight(_ c: UInt32) -> UInt8 { a == 0 ? 0 : UInt8(min(255, (c * 255 + a / 2) / a)) }
                let i = 4 * (y * width + x)
                out[i] = straight((p >> 16) & 0xFF)
                out[i + 1] = straight((p >> 8) & 0xFF)
                out[i + 2] = straight(p & 0xFF)
                out[i + 3] = UInt8(a)
            }
        }
        rgba = out
    }

    /// Decodes a PNG file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DecodingError("cannot read '\(path)'")
        }
        try self.init(png: [UInt8](data))
    }

    /// matplotlib's image comparison: the root mean square of the differences of all channels,
    /// on a 0...255 scale; nil when the sizes differ.
    public func rms(to other: DecodedImage) -> Double? {
        guard width == other.width, height == other.height else { return nil }
        var sum = 0.0
        for i in rgba.indices {
            let d = Double(rgba[i]) - Double(other.rgba[i])
            sum += d * d
        }
        return (sum / Double(rgba.count)).squareRoot()
    }
}

/// A PNG that could not be decoded.
public struct DecodingError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Feeds bytes to Cairo's PNG reader.
final class ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let n = Int(length)
        guard source.offset + n <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + source.offset, count: n) }
        source.offset += n
        return CAIRO_STATUS_SUCCESS
    }
}
