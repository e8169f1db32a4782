import CCairo

/// Encodes an image surface as PNG bytes.
enum PNGEncoder {
    static func encode(surface: CairoSurface) throws -> [UInt8] {
        let sink = ByteSink()
        try check(cairo_surface_write_to_png_stream(surface.pointer, ByteSink.write, sink.opaque), "cairo_surface_write_to_png")
        return sink.bytes
    }
}
