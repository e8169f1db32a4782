import CCairo
import CPango
import Foundation
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
    private var textCache: [String: String] = [:]
    private var glyphIDs: [String: String] = [:]
    private let texts: TextLayouts
    private let surface: CairoSurface
    private let cairo: OpaquePointer

    /// A canvas for figures of `size`. Text is shaped as for a PNG at scale 1, its outlines
    /// hinted the same, so the page shows what the PNG shows.
    public init(size: Size) throws {
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
        var d = ""
        d.reserveCapacity(path.pointCount * 12)
        for subpath in path.subpaths where !subpath.isEmpty {
            let points = style.snap ? subpath : Self.simplified(subpath, tolerance: Self.tolerance)
            for (i, p) in points.enumerated() {
                let q = style.snap ? Self.snapped(p, width: style.width) : p
                d += (i == 0 ? "M" : i == 1 ? "L" : " ") + Self.number(q.x) + " " + Self.number(q.y)
            }
        }
        var attributes = " fill=\"none\"\(Self.paint("stroke", style.color)) stroke-width=\"\(Self.number(style.width))\""
        attributes += style.roundJoins ? " stroke-linejoin=\"round\"" : " stroke-miterlimit=\"10\""
        if !style.dashes.isEmpty { attributes += " stroke-dasharray=\"\(style.dashes.map(Self.number).joined(separator: " "))\"" }
        append("<path d=\"\(d)\"\(attributes)/>")
    }

    public func strokeRect(_ rect: Rect, style: StrokeStyle, cornerRadius: Double) {
        var r = rect
        if style.snap && cornerRadius == 0 {
            let a = Self.snapped(Point(rect.minX, rect.minY), width: style.width), b = Self.snapped(Point(rect.maxX, rect.maxY), width: style.width)
            r = Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y)
        }
        let radius = cornerRadius > 0 ? " rx=\"\(Self.number(min(cornerRadius, r.width / 2, r.height / 2)))\"" : ""
        append("<rect x=\"\(Self.number(r.x))\" y=\"\(Self.number(r.y))\" width=\"\(Self.number(r.width))\" height=\"\(Self.number(r.height))\"\(radius) fill=\"none\"\(Self.paint("stroke", style.color)) stroke-width=\"\(Self.number(style.width))\"/>")
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
        let key = "\(text)\u{0}\(style)\u{0}\(markup)\u{0}\(String(describing: maxWidth))\u{0}\(position.x),\(position.y),\(anchor.horizontal),\(anchor.vertical),\(angle)"
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
                uses += "<use href=\"#\(id)\" x=\"\(Self.number(gx))\" y=\"\(Self.number(gy))\"/>"
            }
        } while pango_layout_iter_next_run(iter) != 0
        return uses
    }

    /// The definition of a glyph's outline at the origin, made on first use; nil for a glyph
    /// with no outline (a space).
    private func glyphID(_ font: OpaquePointer, glyph: PangoGlyph) -> String? {
        let key = "\(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(font))))/\(glyph)"
        if let id = glyphIDs[key] { return id.isEmpty ? nil : id }
        cairo_new_path(cairo)
        cairo_set_scaled_font(cairo, font)
        var g = cairo_glyph_t(index: UInt(glyph), x: 0, y: 0)
        cairo_glyph_path(cairo, &g, 1)
        let d = Self.pathData(cairo)
        cairo_new_path(cairo)
        guard d.contains("L") || d.contains("C") else {
            glyphIDs[key] = ""
            return nil
        }
        let id = "g\(glyphIDs.count)"
        glyphIDs[key] = id
        definitions.append("<path id=\"\(id)\" d=\"\(d)\"/>")
        return id
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
        var d = ""
        var i = 0
        while i < Int(path.pointee.num_data) {
            let header = data[i].header
            func point(_ k: Int) -> String { number(data[i + k].point.x) + " " + number(data[i + k].point.y) }
            switch header.type {
            case CAIRO_PATH_MOVE_TO: d += "M" + point(1)
            case CAIRO_PATH_LINE_TO: d += "L" + point(1)
            case CAIRO_PATH_CURVE_TO: d += "C" + point(1) + " " + point(2) + " " + point(3)
            default: d += "Z"
            }
            i += Int(header.length)
        }
        return d
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
        let hundredths = (v * 100).rounded()
        guard hundredths.isFinite, abs(hundredths) < 1e15 else { return "0" }
        let n = Int64(hundredths)
        let sign = n < 0 ? "-" : ""
        let whole = abs(n) / 100, fraction = abs(n) % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
