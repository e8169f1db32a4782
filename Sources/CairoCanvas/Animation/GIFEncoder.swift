import CGif

/// An animated GIF through giflib: one palette for all frames (`Palette`), and after the first
/// frame only the box of pixels that changed, the unchanged ones transparent, so a curve moving
/// over fixed axes costs little. LZW-compressed and written out frame by frame.
final class GIFEncoder: FrameEncoder {
    private let width: Int, height: Int
    private let timing: FrameTiming
    private let out: OutputBuffer
    private let gif: UnsafeMutablePointer<GifFileType>
    private var palette: Palette?
    private var transparentTheme = false
    /// Palette indices of the last frame and of this one: raw memory, read for every pixel.
    private var previous: UnsafeMutablePointer<UInt8>, current: UnsafeMutablePointer<UInt8>
    private let line: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var closed = false
    /// For each pair of palette indices, whether their colours are within `nearDistance`.
    private var near = [Bool](repeating: false, count: 256 * 256)
    /// Squared RGB distance under which a changed pixel is left as it was: 8 levels of 255 in
    /// each channel, below what antialiasing shows.
    static let nearDistance = 3 * 8 * 8
    /// The index left free for "transparent" (unchanged, or a transparent background).
    static let clear: UInt8 = 255

    init(width: Int, height: Int, timing: FrameTiming, output: @escaping ByteOutput) throws {
        self.width = width
        self.height = height
        self.timing = timing
        out = OutputBuffer(output)
        var status: Int32 = 0
        guard let gif = EGifOpen(out.opaque, { file, bytes, length in
            guard let file, let user = file.pointee.UserData, let bytes else { return 0 }
            return OutputBuffer.from(user).append(UnsafeRawBufferPointer(start: bytes, count: Int(length))) ? length : 0
        }, &status) else {
            throw EncoderError("giflib: EGifOpen failed (\(String(cString: GifErrorString(status))))")
        }
        self.gif = gif
        previous = .allocate(capacity: width * height)
        previous.initialize(repeating: 0, count: width * height)
        current = .allocate(capacity: width * height)
        current.initialize(repeating: 0, count: width * height)
        line = .allocate(capacity: width)
        line.initialize(repeating: 0, count: width)
    }

    deinit {
        if !closed { EGifCloseFile(gif, nil) }
        previous.deallocate()
        current.deallocate()
        line.deallocate()
    }

    func add(_ frame: FramePixels) throws {
        if palette == nil { try start(with: frame) }
        let current = current, previous = previous, line = line
        palette!.indices(of: frame, into: current, clear: Self.clear)
        var box = (x: 0, y: 0, width: width, height: height)
        let differences = count > 0 && !transparentTheme
        if differences {
            // A pixel whose colour barely changed keeps the last frame's: antialiased edges that
            // move by a fraction of a pixel need not be stored again.
            near.withUnsafeBufferPointer { near in
                for i in 0..<(width * height) where current[i] != previous[i] && near[Int(current[i]) << 8 | Int(previous[i])] {
                    current[i] = previous[i]
                }
            }
            box = changedBox() ?? (0, 0, 1, 1)
        }
        var control = GraphicsControlBlock(
            DisposalMode: transparentTheme ? DISPOSE_BACKGROUND : DISPOSE_DO_NOT, UserInputFlag: false,
            DelayTime: Int32(timing.delay(after: count, unitsPerSecond: 100)),
            TransparentColor: differences || transparentTheme ? Int32(Self.clear) : NO_TRANSPARENT_COLOR)
        var extensionBytes = [GifByteType](repeating: 0, count: 4)
        let length = EGifGCBToExtension(&control, &extensionBytes)
        try call(EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, Int32(length), extensionBytes), "EGifPutExtension")
        try call(EGifPutImageDesc(gif, Int32(box.x), Int32(box.y), Int32(box.width), Int32(box.height), false, nil), "EGifPutImageDesc")
        for y in box.y..<(box.y + box.height) {
            let row = y * width
            for x in 0..<box.width {
                let i = row + box.x + x
                line[x] = differences && current[i] == previous[i] ? Self.clear : current[i]
            }
            try call(EGifPutLine(gif, line, Int32(box.width)), "EGifPutLine")
        }
        swap(&self.previous, &self.current)
        count += 1
        out.flush()
        try out.check()
    }

    func finish() throws {
        closed = true
        var status: Int32 = 0
        guard EGifCloseFile(gif, &status) == GIF_OK else {
            try out.check()
            throw EncoderError("giflib: EGifCloseFile failed (\(String(cString: GifErrorString(status))))")
        }
        out.flush()
        try out.check()
    }

    /// The global palette, the screen and the loop count, from the first frame.
    private func start(with frame: FramePixels) throws {
        let palette = Palette(frame: frame)
        self.palette = palette
        for (a, x) in palette.colors.enumerated() {
            for (b, y) in palette.colors.enumerated() where Palette.distance(x, y) <= Self.nearDistance { near[a << 8 | b] = true }
        }
        transparentTheme = !frame.isOpaque
        var entries = [GifColorType](repeating: GifColorType(Red: 0, Green: 0, Blue: 0), count: 256)
        for (i, c) in palette.colors.enumerated() {
            entries[i] = GifColorType(Red: UInt8(c >> 16), Green: UInt8((c >> 8) & 0xFF), Blue: UInt8(c & 0xFF))
        }
        guard let map = GifMakeMapObject(256, entries) else { throw EncoderError("giflib: GifMakeMapObject failed") }
        defer { GifFreeMapObject(map) }
        EGifSetGifVersion(gif, true)
        try call(EGifPutScreenDesc(gif, Int32(width), Int32(height), 8, 0, map), "EGifPutScreenDesc")
        // NETSCAPE2.0 counts repeats after the first play; one play needs no extension.
        guard timing.plays != 1 else { return }
        let repeats = timing.plays == 0 ? 0 : min(timing.plays - 1, 65535)
        try call(EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE), "EGifPutExtensionLeader")
        try call(EGifPutExtensionBlock(gif, 11, Array("NETSCAPE2.0".utf8)), "EGifPutExtensionBlock")
        try call(EGifPutExtensionBlock(gif, 3, [1, UInt8(repeats & 0xFF), UInt8(repeats >> 8)]), "EGifPutExtensionBlock")
        try call(EGifPutExtensionTrailer(gif), "EGifPutExtensionTrailer")
    }

    /// The smallest box holding every pixel that differs from the previous frame.
    private func changedBox() -> (x: Int, y: Int, width: Int, height: Int)? {
        let current = current, previous = previous
        var minX = width, maxX = -1, minY = height, maxY = -1
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width, current[row + x] == previous[row + x] { x += 1 }
            guard x < width else { continue }
            var last = width - 1
            while current[row + last] == previous[row + last] { last -= 1 }
            minX = min(minX, x)
            maxX = max(maxX, last)
            minY = min(minY, y)
            maxY = y
        }
        guard maxX >= 0 else { return nil }
        return (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }

    private func call(_ status: Int32, _ operation: String) throws {
        guard status == GIF_OK else {
            try out.check()
            throw EncoderError("giflib: \(operation) failed (\(String(cString: GifErrorString(gif.pointee.Error))))")
        }
    }
}
