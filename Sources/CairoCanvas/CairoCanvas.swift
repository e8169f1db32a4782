import CCairo
import CPango
import Plotting

/// A `Canvas` that draws with Cairo, and text with Pango, on any Cairo surface.
public final class CairoCanvas: Canvas {
    private let cairo: OpaquePointer
    private let texts: TextLayouts

    /// A canvas drawing on `surface`, `scale` device pixels per pixel; `kind` names the kind of
    /// surface (format and scale), whose fonts canvases of the same kind share.
    init(surface: CairoSurface, scale: Double, kind: String) throws {
        guard let cairo = cairo_create(surface.pointer) else { throw CairoError(status: CAIRO_STATUS_NO_MEMORY, operation: "cairo_create") }
        self.cairo = cairo
        try check(cairo_status(cairo), "cairo_create")
        cairo_scale(cairo, scale, scale)
        texts = FontLibrary.takeTextLayouts(kind: kind)
        texts.attach(to: cairo)
    }

    deinit {
        FontLibrary.returnTextLayouts(texts)
        cairo_destroy(cairo)
    }

    /// Cairo's status after drawing: drawing errors are sticky and surface here.
    func checkStatus() throws {
        do {
            try check(cairo_status(cairo), "drawing")
        } catch {
            texts.healthy = false
            throw error
        }
    }

    public func fill(_ rect: Rect, color: Color, cornerRadius: Double) {
        setColor(color)
        addRect(rect, radius: cornerRadius)
        cairo_fill(cairo)
    }

    public func fill(_ rect: Rect, bottomToTop colors: [Color]) {
        guard colors.count > 1, let gradient = cairo_pattern_create_linear(0, rect.maxY, 0, rect.minY) else {
            fill(rect, color: colors.first ?? .black, cornerRadius: 0)
            return
        }
        for (i, c) in colors.enumerated() {
            cairo_pattern_add_color_stop_rgba(gradient, Double(i) / Double(colors.count - 1), c.red, c.green, c.blue, c.alpha)
        }
        cairo_set_source(cairo, gradient)
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cairo)
        cairo_pattern_destroy(gradient)
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        guard path.pointCount > 0 else { return }
        setColor(style.color)
        cairo_set_line_width(cairo, style.width)
        cairo_set_line_join(cairo, style.roundJoins ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        cairo_set_line_cap(cairo, style.roundCaps ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        style.dashes.withUnsafeBufferPointer { cairo_set_dash(cairo, $0.baseAddress, Int32($0.count), 0) }
        for subpath in path.subpaths {
            guard let first = subpath.first else { continue }
            let start = style.snap ? snapped(first, width: style.width) : first
            cairo_move_to(cairo, start.x, start.y)
            for p in subpath.dropFirst() {
                let q = style.snap ? snapped(p, width: style.width) : p
                cairo_line_to(cairo, q.x, q.y)
            }
            // Each subpath is stroked on its own, so dashes restart and long paths stay cheap.
            if style.dashes.isEmpty == false { cairo_stroke(cairo) }
        }
        cairo_stroke(cairo)
        cairo_set_dash(cairo, nil, 0, 0)
    }

    public func strokeRect(_ rect: Rect, style: StrokeStyle, cornerRadius: Double) {
        setColor(style.color)
        cairo_set_line_width(cairo, style.width)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_MITER)
        var r = rect
        if style.snap && cornerRadius == 0 {
            let a = snapped(Point(rect.minX, rect.minY), width: style.width)
            let b = snapped(Point(rect.maxX, rect.maxY), width: style.width)
            r = Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y)
        }
        addRect(r, radius: cornerRadius)
        cairo_stroke(cairo)
    }

    public func pushClip(_ rect: Rect) {
        cairo_save(cairo)
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cairo)
    }

    public func popClip() {
        cairo_restore(cairo)
    }

    public func measure(_ text: String, style: TextStyle, markup: Bool, maxWidth: Double?) -> Size {
        texts.size(of: texts.layout(text, style: style, markup: markup, maxWidth: maxWidth))
    }

    public func draw(_ text: String, at position: Point, anchor: TextAnchor, angle: Double, style: TextStyle,
                     markup: Bool, maxWidth: Double?) {
        guard !text.isEmpty else { return }
        let layout = texts.layout(text, style: style, markup: markup, maxWidth: maxWidth)
        let size = texts.size(of: layout)
        cairo_save(cairo)
        cairo_translate(cairo, position.x, position.y)
        cairo_rotate(cairo, -angle)
        cairo_move_to(cairo, -anchor.horizontal * size.width - texts.originX(of: layout), -anchor.vertical * size.height)
        setColor(style.color)
        pango_cairo_show_layout(cairo, layout)
        cairo_restore(cairo)
    }

    /// A point moved to where a line of this width covers whole device pixels: the centre of a
    /// pixel for an odd number of device pixels, the edge between two for an even one.
    private func snapped(_ p: Point, width: Double) -> Point {
        var x = p.x, y = p.y
        cairo_user_to_device(cairo, &x, &y)
        var w = width, zero = 0.0
        cairo_user_to_device_distance(cairo, &w, &zero)
        let offset = Int(max(w.rounded(), 1)) % 2 == 1 ? 0.5 : 0
        x = (x - offset).rounded() + offset
        y = (y - offset).rounded() + offset
        cairo_device_to_user(cairo, &x, &y)
        return Point(x, y)
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cairo, c.red, c.green, c.blue, c.alpha)
    }

    private func addRect(_ r: Rect, radius: Double) {
        guard radius > 0 else {
            cairo_rectangle(cairo, r.x, r.y, r.width, r.height)
            return
        }
        let rad = min(radius, r.width / 2, r.height / 2)
        cairo_new_sub_path(cairo)
        cairo_arc(cairo, r.maxX - rad, r.minY + rad, rad, -.pi / 2, 0)
        cairo_arc(cairo, r.maxX - rad, r.maxY - rad, rad, 0, .pi / 2)
        cairo_arc(cairo, r.minX + rad, r.maxY - rad, rad, .pi / 2, .pi)
        cairo_arc(cairo, r.minX + rad, r.minY + rad, rad, .pi, 3 * .pi / 2)
        cairo_close_path(cairo)
    }
}
