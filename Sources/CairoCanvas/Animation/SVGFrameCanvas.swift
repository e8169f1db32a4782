import CCairo
import CPango
import Platform
import Plotting

/// A canvas that writes each drawing command as one SVG element, frame after frame, so that a
/// page can keep once what every frame draws alike and only the rest per frame. Text is drawn
/// as its outline, shaped by Pango with the same fonts as the SVG and PNG files, so the page
/// needs no font and no text of a figure is ever read as markup by a browser.
public final class SVGFrameCanvas: Canvas {
    /// The elements of the frame being drawn, in drawing order.
    public private(set) var elements: [String] = []
    /// Clip paths and gradients, by id, shared by all frames.
    public private(set) var definitions: [String] = []
    private var definitionIDs: [String: String] = [:]
    private var clips: [String] = []
    private var textCache: [TextKey: String] = [:]

    /// A text as drawn: what it says, how and where.
    private struct TextKey: Hashable {
        let text: String
        let style: TextStyle
        let markup: Bool
        let maxWidth: Double?
        let position: Point
        let anchor: TextAnchor
        let angle: Double
    }
    private var glyphIDs: [TextLayouts.GlyphKey: String] = [:]
    private let texts: TextLayouts
    private let surface: CairoSurface
    private let cairo: OpaquePointer
    private let size: Size
    /// `xlink:href` in a standalone SVG 1.1 file, `href` in a page (SVG 2, HTML's inline SVG).
    private let linkAttribute: String

    /// A canvas for figures of `size`. Text is shaped as for a PNG at scale 1, its outlines
    /// hinted the same, so the SVG shows what the PNG shows. `standalone`: elements for an SVG
    /// 1.1 file (`document()`) rather than for a page's inline SVG.
    public init(size: Size, standalone: Bool = false) throws {
        self.size = size
        linkAttribute = standalone ? "xlink:href" : "href"
        // As large as the figure: Pango leaves out glyphs outside the surface, even from a path.
        let width = Int32(min(max(size.width.rounded(.up), 1), 16384)), height = Int32(min(max(size.height.rounded(.up), 1), 16384))
        surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_A8, width, height), "cairo_image_surface_create")
        guard let cairo = cairo_create(surface.pointer) else { throw CairoError(status: CAIRO_STATUS_NO_MEMORY, operation: "cairo_create") }
        self.cairo = cairo
        texts = FontLibrary.takeTextLayouts(kind: "png-1.0")
        texts.attach(to: cairo)
    }

    deinit {
        FontLibrary.returnTextLayouts(texts)
        cairo_destroy(cairo)
    }

    /// Starts a new frame.
    public func beginFrame() {
        elements.removeAll(keepingCapacity: true)
        clips.removeAll()
    }

    public func fill(_ rect: Rect, color: Color, cornerRadius: Double) {
        let radius = cornerRadius > 0 ? " rx=\"\(Self.number(min(cornerRadius, rect.width / 2, rect.height / 2)))\"" : ""
        append("<rect x=\"\(Self.number(rect.x))\" y=\"\(Self.number(rect.y))\" width=\"\(Self.number(rect.width))\" height=\"\(Self.number(rect.height))\"\(radius)\(Self.paint("fill", color))/>")
    }

    public func fill(_ rect: Rect, bottomToTop colors: [Color]) {
        guard colors.count > 1 else { return fill(rect, color: colors.first ?? .black, cornerRadius: 0) }
        let stops = colors.enumerated().map { i, c in
            "<stop offset=\"\(Self.number(Double(i) / Double(colors.count - 1)))\" stop-color=\"\(Self.hex(c))\"\(c.alpha < 1 ? " stop-opacity=\"\(Self.number(c.alpha))\"" : "")/>"
        }.joined()
        let id = define { "<linearGradient id=\"\($0)\" gradientUnits=\"userSpaceOnUse\" x1=\"0\" y1=\"\(Self.number(rect.maxY))\" x2=\"0\" y2=\"\(Self.number(rect.minY))\">\(stops)</linearGradient>" }
        append("<rect x=\"\(Self.number(rect.x))\" y=\"\(Self.number(rect.y))\" width=\"\(Self.number(rect.width))\" height=\"\(Self.number(rect.height))\" fill=\"url(#\(id))\"/>")
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        guard path.pointCount > 0 else { return }
        var d: [UInt8] = []
        d.reserveCapacity(path.pointCount * 14)
        for subpath in path.subpaths where !subpath.isEmpty {
            let points = style.snap ? subpath : Self.simplified(subpath, tolerance: Self.tolerance)
            for (i, p) in points.enumerated() {
                let q = style.snap ? Self.snapped(p, width: style.width) : p
                d.append(i == 0 ? UInt8(ascii: "M") : i == 1 ? UInt8(ascii: "L") : UInt8(ascii: " "))
                Self.appendDecimal(q.x, places: 2, to: &d)
                d.append(UInt8(ascii: " "))
                Self.appendDecimal(q.y, places: 2, to: &d)
            }
        }
        var attributes = " fill=\"none\"\(Self.paint("stroke", style.color)) stroke-width=\"\(Self.length(style.width))\""
        attributes += style.roundJoins ? " stroke-linejoin=\"round\"" : " stroke-miterlimit=\"10\""
        if !style.dashes.isEmpty { attributes += " stroke-dasharray=\"\(style.dashes.map(Self.length).joined(separator: " "))\"" }
        append("<path d=\"\(String(decoding: d, as: UTF8.self))\"\(attributes)/>")
    }

    public func strokeRect(_ rect: Rect, style: StrokeStyle, cornerRadius: Double) {
        var r = rect
        if style.snap && cornerRadius == 0 {
            let a = Self.snapped(Point(rect.minX, rect.minY), width: style.width), b = Self.snapped(Point(rect.maxX, rect.maxY), width: style.width)
            r = Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y)
        }
        let radius = cornerRadius > 0 ? " rx=\"\(Self.number(min(cornerRadius, r.width / 2, r.height / 2)))\"" : ""
        append("<rect x=\"\(Self.number(r.x))\" y=\"\(Self.number(r.y))\" width=\"\(Self.number(r.width))\" height=\"\(Self.number(r.height))\"\(radius) fill=\"none\"\(Self.paint("stroke", style.color)) stroke-width=\"\(Self.length(style.width))\"/>")
    }

    public func pushClip(_ rect: Rect) {
        clips.append(define { "<clipPath id=\"\($0)\"><rect x=\"\(Self.number(rect.x))\" y=\"\(Self.number(rect.y))\" width=\"\(Self.number(rect.width))\" height=\"\(Self.number(rect.height))\"/></clipPath>" })
    }

    public func popClip() {
        clips.removeLast()
    }

    public func measure(_ text: String, style: TextStyle, markup: Bool, maxWidth: Double?) -> Size {
        texts.size(of: texts.layout(text, style: style, markup: markup, maxWidth: maxWidth))
    }

    public func draw(_ text: String, at position: Point, anchor: TextAnchor, angle: Double, style: TextStyle,
                     markup: Bool, maxWidth: Double?) {
        guard !text.isEmpty else { return }
        let key = TextKey(text: text, style: style, markup: markup, maxWidth: maxWidth, position: position, anchor: anchor, angle: angle)
        if let element = textCache[key] { return append(element) }
        let layout = texts.layout(text, style: style, markup: markup, maxWidth: maxWidth)
        let size = texts.size(of: layout)
        if !text.contains("<"), !text.contains("&") {
            // Plain text: each glyph's outline once, in the definitions, then placed by <use>.
            let x = -anchor.horizontal * size.width - texts.originX(of: layout), y = -anchor.vertical * size.height
            var transform = "translate(\(Self.number(position.x)) \(Self.number(position.y)))"
            if angle != 0 { transform += " rotate(\(Self.number(-angle * 180 / .pi)))" }
            let uses = glyphUses(layout, x: x, y: y)
            let element = uses.isEmpty ? "" : "<g transform=\"\(transform)\"\(Self.paint("fill", style.color))>\(uses)</g>"
            if textCache.count > 4096 { textCache.removeAll() }
            textCache[key] = element
            return append(element)
        }
        cairo_new_path(cairo)
        cairo_save(cairo)
        cairo_translate(cairo, position.x, position.y)
        cairo_rotate(cairo, -angle)
        cairo_move_to(cairo, -anchor.horizontal * size.width - texts.originX(of: layout), -anchor.vertical * size.height)
        pango_cairo_layout_path(cairo, layout)
        cairo_restore(cairo)
        let d = Self.pathData(cairo)
        cairo_new_path(cairo)
        let element = d.isEmpty ? "" : "<path d=\"\(d)\"\(Self.paint("fill", style.color))/>"
        if textCache.count > 4096 { textCache.removeAll() }
        textCache[key] = element
        append(element)
    }

    /// `<use>` elements placing a layout's glyphs, its top left corner at (x, y); each glyph's
    /// outline is defined once for all texts and frames.
    private func glyphUses(_ layout: OpaquePointer, x: Double, y: Double) -> String {
        guard let iter = pango_layout_get_iter(layout) else { return "" }
        defer { pango_layout_iter_free(iter) }
        var uses = ""
        let unit = Double(PANGO_SCALE)
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let font = run.pointee.item.pointee.analysis.font,
                  let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { continue }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter, &ink, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter) - run.pointee.y_offset) / unit
            var advance = Double(logical.x + run.pointee.start_x_offset) / unit
            let glyphs = run.pointee.glyphs.pointee
            for i in 0..<Int(glyphs.num_glyphs) {
                let info = glyphs.glyphs[i]
                defer { advance += Double(info.geometry.width) / unit }
                // PANGO_GLYPH_UNKNOWN_FLAG (a missing glyph's box) and PANGO_GLYPH_EMPTY draw nothing here.
                guard info.glyph & 0x1000_0000 == 0, info.glyph != 0x0FFF_FFFF,
                      let id = glyphID(scaled, glyph: info.glyph) else { continue }
                let gx = x + advance + Double(info.geometry.x_offset) / unit
                let gy = y + baseline + Double(info.geometry.y_offset) / unit
                uses += "<use \(linkAttribute)=\"#\(id)\" x=\"\(Self.number(gx))\" y=\"\(Self.number(gy))\"/>"
            }
        } while pango_layout_iter_next_run(iter) != 0
        return uses
    }

    /// The definition of a glyph's outline at the origin, made on first use; nil for a glyph
    /// with no outline (a space).
    private func glyphID(_ font: OpaquePointer, glyph: PangoGlyph) -> String? {
        let key = TextLayouts.GlyphKey(font: UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(font))), glyph: glyph)
        if let id = glyphIDs[key] { return id.isEmpty ? nil : id }
        let d: String
        if let outline = texts.glyphOutlines[key] {
            d = outline
        } else {
            cairo_new_path(cairo)
            cairo_set_scaled_font(cairo, font)
            var g = cairo_glyph_t(index: UInt(glyph), x: 0, y: 0)
            cairo_glyph_path(cairo, &g, 1)
            let path = Self.pathData(cairo)
            cairo_new_path(cairo)
            // A glyph with nothing but moves (a space) draws nothing.
            d = path.utf8.contains { $0 == UInt8(ascii: "L") || $0 == UInt8(ascii: "C") } ? path : ""
            texts.holdFont(font)
            texts.glyphOutlines[key] = d
        }
        guard !d.isEmpty else {
            glyphIDs[key] = ""
            return nil
        }
        let id = "g\(glyphIDs.count)"
        glyphIDs[key] = id
        definitions.append("<path id=\"\(id)\" d=\"\(d)\"/>")
        return id
    }

    /// The frame drawn as the bytes of a standalone SVG 1.1 file: its width and height in points
    /// (a layout pixel is 1/100 inch, 0.72 pt, as in the PDF, so `--size 3.5inx2.5in` is 252x180 pt,
    /// as matplotlib writes its SVGs), its viewBox in layout pixels; the definitions (glyph outlines, clip paths, gradients), then the elements in
    /// drawing order, one a line. Ids are numbered in order of first use and prefixed with a hash
    /// of the figure's content (`idPrefix`), so a figure gives the same bytes whatever was drawn
    /// before it, and two figures inlined in one HTML page never take each other's glyphs.
    public func document() -> [UInt8] {
        let width = Self.number(size.width), height = Self.number(size.height)
        var body = ""
        body.reserveCapacity((definitions.count + elements.count) * 64)
        if !definitions.isEmpty {
            body += "<defs>\n"
            for definition in definitions { body += definition + "\n" }
            body += "</defs>\n"
        }
        for element in elements { body += element + "\n" }
        let prefix = Self.idPrefix(Array("\(width)x\(height)\n".utf8) + Array(body.utf8))
        // Our own writer makes every id, reference and url(#...) here, and text is drawn as
        // outlines, so these three patterns are exactly the ids and the references to them.
        body = body.replacing(" id=\"", with: " id=\"\(prefix)")
            .replacing("href=\"#", with: "href=\"#\(prefix)")
            .replacing("url(#", with: "url(#\(prefix)")
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
            width="\(Self.number(size.width * 0.72))pt" height="\(Self.number(size.height * 0.72))pt" viewBox="0 0 \(width) \(height)" version="1.1">

            """ + body + "</svg>\n"
        return Array(svg.utf8)
    }

    /// "f" and 8 hex digits of a 64-bit FNV-1a hash of the figure's SVG, folded to 32 bits, then
    /// "-": a letter first, as XML ids need. 32 bits make a clash between two of a page's 100
    /// figures about a chance in a million.
    static func idPrefix(_ content: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in content {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let digits = String(folded, radix: 16)
        return "f" + String(repeating: "0", count: 8 - digits.count) + digits + "-"
    }

    private func append(_ element: String) {
        guard !element.isEmpty else { return }
        guard let clip = clips.last else { return elements.append(element) }
        elements.append("<g clip-path=\"url(#\(clip))\">\(element)</g>")
    }

    /// The id of a definition, added on first use; `body` makes its markup for an id.
    private func define(_ body: (String) -> String) -> String {
        let probe = body("\u{0}")
        if let id = definitionIDs[probe] { return id }
        let id = "d\(definitionIDs.count)"
        definitionIDs[probe] = id
        definitions.append(body(id))
        return id
    }

    /// The current path of a Cairo context as SVG path data.
    private static func pathData(_ cairo: OpaquePointer) -> String {
        guard let path = cairo_copy_path(cairo) else { return "" }
        defer { cairo_path_destroy(path) }
        // An empty path (a space's glyph) has no data at all.
        guard path.pointee.status == CAIRO_STATUS_SUCCESS, let data = path.pointee.data else { return "" }
        var d: [UInt8] = []
        var i = 0
        while i < Int(path.pointee.num_data) {
            let header = data[i].header
            func point(_ k: Int) {
                appendDecimal(data[i + k].point.x, places: 2, to: &d)
                d.append(UInt8(ascii: " "))
                appendDecimal(data[i + k].point.y, places: 2, to: &d)
            }
            switch header.type {
            case CAIRO_PATH_MOVE_TO:
                d.append(UInt8(ascii: "M"))
                point(1)
            case CAIRO_PATH_LINE_TO:
                d.append(UInt8(ascii: "L"))
                point(1)
            case CAIRO_PATH_CURVE_TO:
                d.append(UInt8(ascii: "C"))
                point(1)
                d.append(UInt8(ascii: " "))
                point(2)
                d.append(UInt8(ascii: " "))
                point(3)
            default:
                d.append(UInt8(ascii: "Z"))
            }
            i += Int(header.length)
        }
        return String(decoding: d, as: UTF8.self)
    }

    /// How far (pixels) a curve's simplified polyline may stray from its points: a twentieth of
    /// a pixel, invisible, while straight stretches (Huber's tails) shrink to their ends.
    static let tolerance = 0.05

    /// The polyline with the points that lie within `tolerance` of the line through their
    /// neighbours left out (Ramer-Douglas-Peucker).
    static func simplified(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            let a = points[first], b = points[last]
            let dx = b.x - a.x, dy = b.y - a.y, length = (dx * dx + dy * dy).squareRoot()
            var farthest = first, distance = -1.0
            for i in (first + 1)..<last {
                let p = points[i]
                let d = length > 0 ? abs(dy * (p.x - a.x) - dx * (p.y - a.y)) / length : ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot()
                if d > distance { (farthest, distance) = (i, d) }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// A point moved as `CairoCanvas` snaps it at scale 1: thin lines on whole pixels.
    private static func snapped(_ p: Point, width: Double) -> Point {
        let offset = Int(max(width.rounded(), 1)) % 2 == 1 ? 0.5 : 0
        return Point((p.x - offset).rounded() + offset, (p.y - offset).rounded() + offset)
    }

    private static func paint(_ attribute: String, _ c: Color) -> String {
        " \(attribute)=\"\(hex(c))\"" + (c.alpha < 1 ? " \(attribute)-opacity=\"\(number(c.alpha))\"" : "")
    }

    private static func hex(_ c: Color) -> String {
        func byte(_ v: Double) -> String {
            let s = String(Int((min(max(v, 0), 1) * 255).rounded()), radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(c.red) + byte(c.green) + byte(c.blue)
    }

    /// A coordinate to 1/100 pixel, without trailing zeros.
    public static func number(_ v: Double) -> String {
        decimal(v, places: 2)
    }

    /// A line width or dash length to 1/10,000 pixel: a dash pattern repeats along a whole curve,
    /// so a rounding error in it adds up dash after dash (1/100 pixel put dashes out of phase with
    /// the PNG by half a pixel along a curve of the gallery).
    static func length(_ v: Double) -> String {
        decimal(v, places: 4)
    }

    /// `v` rounded to `places` decimals (at most 4), without trailing zeros.
    private static func decimal(_ v: Double, places: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendDecimal(v, places: places, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `v` rounded to `places` decimals (at most 4), without trailing zeros, as ASCII:
    /// an SVG holds tens of thousands of numbers, and strings made one by one cost ten times more.
    static func appendDecimal(_ v: Double, places: Int, to out: inout [UInt8]) {
        let places = min(max(places, 0), 4)
        let unit = [1.0, 10, 100, 1000, 10_000][places]
        let scaled = (v * unit).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return out.append(UInt8(ascii: "0")) }
        var magnitude = UInt64(abs(scaled))
        var digits = places
        // Trailing zeros of the fraction are left out.
        while digits > 0, magnitude % 10 == 0 {
            magnitude /= 10
            digits -= 1
        }
        if scaled < 0 { out.append(UInt8(ascii: "-")) }
        // Digits from the last into a scratch buffer, then copied in order.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { raw in
            var end = raw.count, written = 0
            repeat {
                end -= 1
                raw[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                written += 1
                if written == digits {
                    end -= 1
                    raw[end] = UInt8(ascii: ".")
                }
            } while magnitude > 0 || written <= digits
            out.append(contentsOf: raw[end...])
        }
    }
}
