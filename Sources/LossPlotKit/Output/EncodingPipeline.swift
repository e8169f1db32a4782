import CairoCanvas
import Dispatch
import Platform

/// Encodes frames on a second thread while the next one is drawn. At most `depth` frames wait
/// in copies of their own, so memory stays flat however many frames there are.
final class EncodingPipeline: @unchecked Sendable {
    private let encoder: FrameEncoder
    private let queue = DispatchQueue(label: "loss-plot.encode")
    private let slots: DispatchSemaphore
    private let state = Lock<(error: Error?, spare: [[UInt32]])>((nil, []))
    static let depth = 2

    init(_ encoder: FrameEncoder) {
        self.encoder = encoder
        slots = DispatchSemaphore(value: Self.depth)
    }

    /// Copies a frame and queues it for the encoder; throws the encoder's first failure.
    func add(_ frame: FramePixels) throws {
        try check()
        slots.wait()
        var copy = state.withLock { $0.spare.popLast() } ?? []
        if copy.count != frame.pixels.count { copy = Array(frame.pixels) } else {
            copy.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: frame.pixels.baseAddress!, count: frame.pixels.count) }
        }
        let (width, height) = (frame.width, frame.height)
        queue.async { [self, copy] in
            defer { slots.signal() }
            guard state.withLock({ $0.error == nil }) else { return }
            do {
                try copy.withUnsafeBufferPointer { try encoder.add(FramePixels(width: width, height: height, pixels: $0)) }
            } catch {
                state.withLock { $0.error = $0.error ?? error }
            }
            state.withLock { $0.spare.append(copy) }
        }
    }

    /// Waits for the queued frames, then ends the file.
    func finish() throws {
        queue.sync {}
        try check()
        try encoder.finish()
    }

    /// Waits for the queued frames to be done with, after a failure elsewhere.
    func drain() {
        queue.sync {}
    }

    private func check() throws {
        if let error = state.withLock({ $0.error }) { throw error }
    }
}
