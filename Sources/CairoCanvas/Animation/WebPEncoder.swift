import CWebP

/// An animated lossless WebP through libwebp's animation encoder, which finds the changed
/// box of each frame itself. The encoder keeps the compressed frames until the end, when it
/// assembles the file; raw frames are not kept.
final class WebPEncoder: FrameEncoder {
    private let width: Int, height: Int
    private let timing: FrameTiming
    private let out: OutputBuffer
    private let encoder: OpaquePointer
    private var config = WebPConfig()
    private var scratch: [UInt32]
    private var count = 0
    /// libwebp's lossless effort, 0 (fastest) to 9; past 1 the files shrink by a few percent at
    /// several times the time.
    static let effort: Int32 = 1

    init(width: Int, height: Int, timing: FrameTiming, output: @escaping ByteOutput) throws {
        self.width = width
        self.height = height
        self.timing = timing
        out = OutputBuffer(output)
        var options = WebPAnimEncoderOptions()
        guard WebPAnimEncoderOptionsInit(&options) != 0 else { throw EncoderError("libwebp: WebPAnimEncoderOptionsInit failed (version mismatch)") }
        options.anim_params.loop_count = Int32(min(timing.plays, 65535))
        options.anim_params.bgcolor = 0
        guard let encoder = WebPAnimEncoderNew(Int32(width), Int32(height), &options) else {
            throw EncoderError("libwebp: WebPAnimEncoderNew failed")
        }
        self.encoder = encoder
        guard WebPConfigInit(&config) != 0, WebPConfigLosslessPreset(&config, Self.effort) != 0 else {
            WebPAnimEncoderDelete(encoder)
            throw EncoderError("libwebp: WebPConfigInit failed (version mismatch)")
        }
        config.lossless = 1
        scratch = [UInt32](repeating: 0, count: width * height)
    }

    deinit {
        WebPAnimEncoderDelete(encoder)
    }

    func add(_ frame: FramePixels) throws {
        for i in 0..<scratch.count { scratch[i] = FramePixels.straight(frame.pixels[i]) }
        var picture = WebPPicture()
        guard WebPPictureInit(&picture) != 0 else { throw EncoderError("libwebp: WebPPictureInit failed") }
        picture.use_argb = 1
        picture.width = Int32(width)
        picture.height = Int32(height)
        let added = scratch.withUnsafeMutableBufferPointer { pixels in
            picture.argb = pixels.baseAddress
            picture.argb_stride = Int32(width)
            return WebPAnimEncoderAdd(encoder, &picture, Int32(timing.start(of: count, unitsPerSecond: 1000)), &config)
        }
        guard added != 0 else { throw EncoderError("libwebp: WebPAnimEncoderAdd failed (\(String(cString: WebPAnimEncoderGetError(encoder))))") }
        count += 1
    }

    func finish() throws {
        guard WebPAnimEncoderAdd(encoder, nil, Int32(timing.start(of: count, unitsPerSecond: 1000)), nil) != 0 else {
            throw EncoderError("libwebp: WebPAnimEncoderAdd failed (\(String(cString: WebPAnimEncoderGetError(encoder))))")
        }
        var data = WebPData()
        guard WebPAnimEncoderAssemble(encoder, &data) != 0, let bytes = data.bytes else {
            throw EncoderError("libwebp: WebPAnimEncoderAssemble failed (\(String(cString: WebPAnimEncoderGetError(encoder))))")
        }
        defer { WebPDataClear(&data) }
        out.append(UnsafeRawBufferPointer(start: bytes, count: data.size))
        out.flush()
        try out.check()
    }
}
