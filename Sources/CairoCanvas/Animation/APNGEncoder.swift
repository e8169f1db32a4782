import CDeflate

/// An animated PNG, lossless: straight RGBA, each row filtered as `PNGEncoder` does and each
/// frame compressed with libdeflate. After the first frame only the box of pixels that changed
/// is stored; over an opaque background its unchanged pixels are left transparent and the frame
/// is blended over the last, which compresses to almost nothing.
final class APNGEncoder: FrameEncoder {
    private let width: Int, height: Int
    private let timing: FrameTiming
    private let out: OutputBuffer
    private var previous: [UInt32]
    private var count = 0
    private var sequence: UInt32 = 0
    private var opaque = true
    private let compressor: OpaquePointer?

    init(width: Int, height: Int, timing: FrameTiming, output: @escaping ByteOutput) {
        self.width = width
        self.height = height
        self.timing = timing
        out = OutputBuffer(output)
        previous = [UInt32](repeating: 0, count: width * height)
        compressor = libdeflate_alloc_compressor(PNGEncoder.animationLevel)
    }

    deinit {
        libdeflate_free_compressor(compressor)
    }

    func add(_ frame: FramePixels) throws {
        guard let compressor else { throw EncoderError("libdeflate: libdeflate_alloc_compressor failed") }
        guard count < timing.frames else { throw EncoderError("APNG: more frames than the \(timing.frames) announced") }
        if count == 0 { start(opaque: frame.isOpaque) }
        var box = (x: 0, y: 0, width: width, height: height)
        if count > 0 { box = changedBox(frame) ?? (0, 0, 1, 1) }
        let over = count > 0 && opaque

        var control: [UInt8] = []
        control.appendBigEndian(nextSequence())
        for v in [box.width, box.height, box.x, box.y] { control.appendBigEndian(UInt32(v)) }
        let delay = timing.delay(after: count, unitsPerSecond: 1000)
        control += [UInt8(delay >> 8), UInt8(delay & 0xFF), 0x03, 0xE8]  // delay / 1000 s
        control += [0, over ? 1 : 0]  // dispose: none; blend: source or over
        chunk("fcTL", control)

        let rowBytes = box.width * 4
        var filtered = [UInt8](repeating: 0, count: box.height * (rowBytes + 1))
        var above = [UInt8](repeating: 0, count: rowBytes), row = above
        filtered.withUnsafeMutableBufferPointer { filtered in
            for y in 0..<box.height {
                let start = (box.y + y) * width + box.x
                for x in 0..<box.width {
                    let p = frame.pixels[start + x]
                    let s = over && p == previous[start + x] ? 0 : FramePixels.straight(p)
                    row[4 * x] = UInt8((s >> 16) & 0xFF)
                    row[4 * x + 1] = UInt8((s >> 8) & 0xFF)
                    row[4 * x + 2] = UInt8(s & 0xFF)
                    row[4 * x + 3] = UInt8(s >> 24)
                }
                row.withUnsafeMutableBufferPointer { r in
                    above.withUnsafeMutableBufferPointer { a in
                        let filter = PNGEncoder.bestFilter(r.baseAddress!, a.baseAddress!, count: rowBytes, bpp: 4)
                        let line = filtered.baseAddress! + y * (rowBytes + 1)
                        line.pointee = filter
                        PNGEncoder.apply(filter, r.baseAddress!, a.baseAddress!, count: rowBytes, bpp: 4, into: line + 1)
                    }
                }
                swap(&row, &above)
            }
        }
        let bound = libdeflate_zlib_compress_bound(compressor, filtered.count)
        var data: [UInt8] = []
        if count > 0 { data.appendBigEndian(nextSequence()) }
        let prefix = data.count
        data += [UInt8](repeating: 0, count: bound)
        let size = filtered.withUnsafeBytes { src in
            data.withUnsafeMutableBytes { dst in
                libdeflate_zlib_compress(compressor, src.baseAddress, src.count, dst.baseAddress! + prefix, bound)
            }
        }
        guard size > 0 else { throw EncoderError("libdeflate: libdeflate_zlib_compress failed") }
        data.removeLast(bound - size)
        chunk(count == 0 ? "IDAT" : "fdAT", data)
        previous.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: frame.pixels.baseAddress!, count: frame.pixels.count) }
        count += 1
        out.flush()
        try out.check()
    }

    func finish() throws {
        guard count == timing.frames else { throw EncoderError("APNG: \(count) frames given, \(timing.frames) announced") }
        chunk("IEND", [])
        out.flush()
        try out.check()
    }

    /// The signature, the header and the animation control chunk.
    private func start(opaque: Bool) {
        self.opaque = opaque
        out.append([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 6, 0, 0, 0]
        chunk("IHDR", header)
        var control: [UInt8] = []
        control.appendBigEndian(UInt32(timing.frames))
        control.appendBigEndian(UInt32(timing.plays))
        chunk("acTL", control)
    }

    private func nextSequence() -> UInt32 {
        defer { sequence += 1 }
        return sequence
    }

    private func chunk(_ type: String, _ data: [UInt8]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + 12)
        PNGEncoder.appendChunk(type, data, to: &bytes)
        out.append(bytes)
    }

    /// The smallest box holding every pixel that differs from the previous frame.
    private func changedBox(_ frame: FramePixels) -> (x: Int, y: Int, width: Int, height: Int)? {
        var minX = width, maxX = -1, minY = height, maxY = -1
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width, frame.pixels[row + x] == previous[row + x] { x += 1 }
            guard x < width else { continue }
            var last = width - 1
            while frame.pixels[row + last] == previous[row + last] { last -= 1 }
            minX = min(minX, x)
            maxX = max(maxX, last)
            minY = min(minY, y)
            maxY = y
        }
        guard maxX >= 0 else { return nil }
        return (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }
}
