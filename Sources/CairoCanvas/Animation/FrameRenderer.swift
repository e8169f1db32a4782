import CCairo
import Plotting

/// Draws the frames of an animation one after another into one reusable image surface, so
/// that memory stays the same however many frames there are.
public final class FrameRenderer {
    public let width: Int
    public let height: Int
    private let scale: Double
    private let surface: CairoSurface

    /// A renderer of `size` figures at `scale` device pixels per pixel.
    public init(size: Size, scale: Double) throws {
        width = Int((size.width * scale).rounded())
        height = Int((size.height * scale).rounded())
        self.scale = scale
        surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
                                   "cairo_image_surface_create")
    }

    /// Lends a canvas on this renderer's surface, for measuring text as the frames will.
    public func withCanvas<T>(_ body: (Canvas) throws -> T) throws -> T {
        let canvas = try CairoCanvas(surface: surface, scale: scale, kind: "png-\(scale)")
        return try body(canvas)
    }

    /// Draws a figure and hands its pixels (premultiplied native-endian ARGB, row after row) to
    /// `body`; they are valid only during the call.
    public func render<T>(_ figure: Figure, _ body: (FramePixels) throws -> T) throws -> T {
        let data = cairo_image_surface_get_data(surface.pointer)!
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        // Clear to transparent: a transparent theme must not show the previous frame.
        for y in 0..<height { (data + y * stride).initialize(repeating: 0, count: width * 4) }
        cairo_surface_mark_dirty(surface.pointer)
        let canvas = try CairoCanvas(surface: surface, scale: scale, kind: "png-\(scale)")
        FigureRenderer(figure).draw(on: canvas)
        try canvas.checkStatus()
        cairo_surface_flush(surface.pointer)
        let pixels = UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self)
        return try body(FramePixels(width: width, height: height, pixels: UnsafeBufferPointer(start: pixels, count: width * height)))
    }
}

/// One frame's pixels: premultiplied ARGB in native byte order, `width` to a row, no padding.
public struct FramePixels {
    public let width: Int
    public let height: Int
    public let pixels: UnsafeBufferPointer<UInt32>

    public init(width: Int, height: Int, pixels: UnsafeBufferPointer<UInt32>) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Whether every pixel is opaque.
    var isOpaque: Bool {
        pixels.allSatisfy { $0 >> 24 == 0xFF }
    }

    /// A pixel as straight (not premultiplied) ARGB.
    @inline(__always)
    static func straight(_ p: UInt32) -> UInt32 {
        let a = p >> 24
        if a == 0xFF { return p }
        if a == 0 { return 0 }
        func channel(_ shift: UInt32) -> UInt32 { min(255, (((p >> shift) & 0xFF) * 255 + a / 2) / a) << shift }
        return a << 24 | channel(16) | channel(8) | channel(0)
    }
}
