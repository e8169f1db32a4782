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
            let surface = try CairoSurface(
                cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((width * scale).rounded()), Int32((height * scale).rounded())),
                "cairo_image_surface_create")
            try draw(figure, on: surface, scale: scale, kind: "png-\(scale)")
            cairo_surface_flush(surface.pointer)
            return try PNGEncoder.encode(surface: surface, pixelsPerInch: 100 * scale)
        case .svg:
            let sink = ByteSink()
            let surface = try CairoSurface(cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, width, height),
                                           "cairo_svg_surface_create")
            cairo_svg_surface_restrict_to_version(surface.pointer, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PX)
            try draw(figure, on: surface, scale: 1, kind: "svg")
            try surface.finish()
            return SVGIdentifiers.normalize(sink.bytes)
        case .pdf:
            let sink = ByteSink()
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

    private static func draw(_ figure: Figure, on surface: CairoSurface, scale: Double, kind: String) throws {
        let canvas = try CairoCanvas(surface: surface, scale: scale, kind: kind)
        FigureRenderer(figure).draw(on: canvas)
        try canvas.checkStatus()
    }
}
