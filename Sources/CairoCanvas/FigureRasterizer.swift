import CCairo
import Plotting

/// Renders a figure to the bytes of a PNG, SVG or PDF file.
public enum FigureRasterizer {
    /// Pixels are at 100 per inch, as matplotlib's default; PDF pages are in points (72 per inch).
    static let pointsPerPixel = 0.72

    /// The file's bytes. `scale` multiplies the PNG's pixel count and leaves the layout as it is;
    /// vector formats ignore it.
    public static func render(_ figure: Figure, format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        let width = figure.size.width, height = figure.size.height
        switch format {
        case .png:
            let surface = try rasterize(figure, scale: scale)
            return try PNGEncoder.encode(surface: surface, pixelsPerInch: 100 * scale)
        case .svg:
            // Our own SVG writer, the one the explorer page uses: the article set's SVGs take 132 M
            // instructions instead of 295 M through Cairo's SVG surface, which formats every
            // number through printf.
            let canvas = try SVGFrameCanvas(size: figure.size, standalone: true)
            FigureRenderer(figure).draw(on: canvas)
            return canvas.document()
        case .pdf:
            // The sink outlives the surface on every path: a surface destroyed after an error still
            // writes its last bytes into it (fuzz-manifest found the sink freed first when drawing threw).
            let sink = ByteSink()
            return try withExtendedLifetime(sink) {
                let surface = try CairoSurface(
                    cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, width * pointsPerPixel, height * pointsPerPixel),
                    "cairo_pdf_surface_create")
                // A fixed date keeps the bytes the same run after run.
                cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
                cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, "loss-plot")
                if let title = figure.title {
                    cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title)
                }
                try draw(figure, on: surface, scale: pointsPerPixel, kind: "pdf")
                try surface.finish()
                return sink.bytes
            }
        }
    }

    /// Lends a canvas that measures text as a PNG at scale 1 (and an SVG) shapes it, for laying a
    /// figure out before any surface of its size exists.
    public static func measuring<T>(_ body: (Canvas) throws -> T) throws -> T {
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), "cairo_image_surface_create")
        let canvas = try CairoCanvas(surface: surface, scale: 1, kind: "png-1.0")
        return try body(canvas)
    }

    /// The figure drawn on an ARGB image surface, `scale` device pixels per pixel.
    static func rasterize(_ figure: Figure, scale: Double = 1) throws -> CairoSurface {
        let surface = try CairoSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((figure.size.width * scale).rounded()), Int32((figure.size.height * scale).rounded())),
            "cairo_image_surface_create")
        try draw(figure, on: surface, scale: scale, kind: "png-\(scale)")
        cairo_surface_flush(surface.pointer)
        return surface
    }

    private static func draw(_ figure: Figure, on surface: CairoSurface, scale: Double, kind: String) throws {
        let canvas = try CairoCanvas(surface: surface, scale: scale, kind: kind)
        FigureRenderer(figure).draw(on: canvas)
        try canvas.checkStatus()
    }
}
