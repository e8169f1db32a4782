import CCairo

/// Collects the bytes a Cairo stream surface writes, so files are written whole and atomically
/// by the caller.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The context pointer handed to Cairo's C callback.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Cairo's write callback: appends to the sink passed as its closure argument.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
