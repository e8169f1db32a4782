/// Gathers an encoder's small writes into blocks for its output, and keeps the output's error
/// for when a C library's callback cannot throw it.
final class OutputBuffer {
    private let output: ByteOutput
    private var buffer: [UInt8] = []
    /// The first error the output threw.
    private(set) var error: Error?
    static let blockSize = 1 << 16

    init(_ output: @escaping ByteOutput) {
        self.output = output
        buffer.reserveCapacity(Self.blockSize)
    }

    /// The pointer a C callback gets back to find this buffer.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer) -> OutputBuffer {
        Unmanaged<OutputBuffer>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// Appends bytes; false once the output has failed.
    @discardableResult
    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard error == nil else { return false }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { flush() }
        return error == nil
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = append($0) }
    }

    /// Hands the gathered bytes to the output.
    func flush() {
        guard error == nil, !buffer.isEmpty else { return }
        do {
            try output(buffer)
        } catch {
            self.error = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Throws the output's error, if any.
    func check() throws {
        if let error { throw error }
    }
}
