import CCairo
import CPango
import Plotting

/// Pango layouts of texts, made once per text and style, with hinting off so that text measures
/// the same in PNG, SVG and PDF and at every scale. Canvases of one kind of surface take them
/// from a pool (`FontLibrary`), so the tick labels and axis labels shaped for one figure of a
/// batch serve the next: one canvas at a time uses an instance.
final class TextLayouts: @unchecked Sendable {
    private struct Key: Hashable {
        let text: String
        let style: TextStyle
        let markup: Bool
        let maxWidth: Double?
    }

    /// Shaped texts kept at the most; past this the cache starts again.
    static let capacity = 4096

    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// The kind of surface (format and scale) these layouts are for.
    let kind: String
    /// Cleared when drawing failed, so these fonts and layouts are not reused.
    var healthy = true
    private let context: OpaquePointer
    private var layouts: [Key: OpaquePointer] = [:]
    /// SVG path data of glyph outlines, by scaled font and glyph (`SVGFrameCanvas`), so that a
    /// batch's figures outline each glyph once. The fonts are held (`holdFont`) while their
    /// outlines are kept: a freed font's address could otherwise come back as another font's.
    var glyphOutlines: [GlyphKey: String] = [:]
    private var heldFonts: [UInt: OpaquePointer] = [:]

    struct GlyphKey: Hashable {
        let font: UInt
        let glyph: UInt32
    }

    init(kind: String) {
        self.kind = kind
        fontMap = FontLibrary.makeFontMap()
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_SLIGHT)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        clear()
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Takes the transformation and font options of the Cairo context about to draw; layouts
    /// made for another transformation are laid out again by Pango when next used.
    func attach(to cairo: OpaquePointer) {
        pango_cairo_update_context(cairo, context)
        if layouts.count > Self.capacity { clear() }
    }

    /// Keeps a scaled font alive as long as outlines of its glyphs are cached.
    func holdFont(_ font: OpaquePointer) {
        let key = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(font)))
        guard heldFonts[key] == nil else { return }
        heldFonts[key] = cairo_scaled_font_reference(font)
    }

    private func clear() {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        layouts.removeAll()
        glyphOutlines.removeAll()
        for font in heldFonts.values { cairo_scaled_font_destroy(font) }
        heldFonts.removeAll()
    }

    /// The layout of a text: markup when asked and valid, plain text otherwise.
    func layout(_ text: String, style: TextStyle, markup: Bool, maxWidth: Double?) -> OpaquePointer {
        let key = Key(text: text, style: style, markup: markup, maxWidth: maxWidth)
        if let layout = layouts[key] { return layout }
        let layout = pango_layout_new(context)!
        let description = pango_font_description_new()
        pango_font_description_set_family(description, FontLibrary.family)
        pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        if let maxWidth {
            // Wrapped onto at most three lines, then shortened with an ellipsis.
            pango_layout_set_width(layout, Int32(min(max(maxWidth, 1) * Double(PANGO_SCALE), Double(Int32.max))))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            pango_layout_set_height(layout, -Int32(TextLimits.maxLines))
            pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        }
        let shown = Self.withoutLoneModifiers(text)
        if !(markup && Self.setMarkup(Self.withMaths(shown, size: style.size), on: layout)) {
            pango_layout_set_text(layout, shown, -1)
        }
        layouts[key] = layout
        return layout
    }

    /// The text without the emoji skin-tone modifiers (U+1F3FB to U+1F3FF) that follow no emoji
    /// they could modify. Pango 1.50 aborts the process on an assertion when it wraps a line
    /// through such a modifier followed by a joiner and an emoji ("a🏽\u{200D}👩", found by
    /// fuzz-markup): its line breaker allows a break that the grapheme cluster forbids. Alone,
    /// the modifier would only draw as a box of its own.
    static func withoutLoneModifiers(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { (0x1F3FB...0x1F3FF).contains($0.value) }) else { return text }
        var kept = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            let lone = (0x1F3FB...0x1F3FF).contains(scalar.value) && !(previous?.properties.isEmojiModifierBase ?? false)
            if !lone { kept.append(scalar) }
            previous = scalar
        }
        return String(kept)
    }

    /// A text's `$...$` maths as markup (``MathText``). When the text outside the maths is not
    /// valid markup, it is escaped, as the canvas would draw it plain; maths that cannot be read
    /// (the command line refuses them first) leave the text as it is.
    static func withMaths(_ text: String, size: Double) -> String {
        guard MathText.hasMaths(text), let converted = try? MathText.markup(text, fontSize: size) else { return text }
        if isValidMarkup(converted) { return converted }
        return (try? MathText.markup(text, fontSize: size, outsideIsMarkup: false)) ?? text
    }

    static func isValidMarkup(_ text: String) -> Bool {
        var error: UnsafeMutablePointer<GError>?
        guard pango_parse_markup(text, -1, 0, nil, nil, nil, &error) != 0 else {
            if let error { g_error_free(error) }
            return false
        }
        return true
    }

    /// The logical size of a layout, in pixels at scale 1.
    func size(of layout: OpaquePointer) -> Size {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Size(Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    /// The x of the logical box's left edge within the layout (non-zero for centred wrapped text).
    func originX(of layout: OpaquePointer) -> Double {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Double(logical.x) / Double(PANGO_SCALE)
    }

    /// Sets valid markup on a layout, without the attributes that ask for absurd sizes (a font
    /// of 99999 points makes FreeType fail, and Cairo's font cache with it, for every later
    /// figure of the process). Returns false when the text is not valid markup.
    private static func setMarkup(_ text: String, on layout: OpaquePointer) -> Bool {
        var attributes: OpaquePointer?
        var plain: UnsafeMutablePointer<CChar>?
        var error: UnsafeMutablePointer<GError>?
        guard pango_parse_markup(text, -1, 0, &attributes, &plain, nil, &error) != 0, let attributes, let plain else {
            if let error { g_error_free(error) }
            return false
        }
        defer {
            pango_attr_list_unref(attributes)
            g_free(plain)
        }
        // Nested <big> and <small> multiply: when the scales over some character together pass
        // the limit, none is kept. Scales one after another (the scripts of maths) do not multiply.
        var scales: [(start: UInt32, end: UInt32, value: Double)] = []
        _ = withUnsafeMutablePointer(to: &scales) { scales in
            pango_attr_list_filter(attributes, { attribute, data in
                guard let attribute, let data, attribute.pointee.klass.pointee.type == PANGO_ATTR_SCALE else { return 0 }
                let scale = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrFloat.self).pointee.value
                data.assumingMemoryBound(to: [(start: UInt32, end: UInt32, value: Double)].self).pointee
                    .append((attribute.pointee.start_index, attribute.pointee.end_index, scale))
                return 0
            }, scales)
        }
        let products = scales.map { scale in
            scales.filter { $0.start <= scale.start && scale.start < $0.end }.reduce(1.0) { $0 * $1.value }
        }
        var dropScales = !products.allSatisfy { $0 > 1 / TextLimits.largestScale && $0 <= TextLimits.largestScale }
        let dropped = withUnsafeMutablePointer(to: &dropScales) { dropScales in
            pango_attr_list_filter(attributes, { attribute, data in
                guard let attribute, let data else { return 0 }
                let isScale = attribute.pointee.klass.pointee.type == PANGO_ATTR_SCALE
                return TextLimits.isAbsurd(attribute) || (isScale && data.assumingMemoryBound(to: Bool.self).pointee) ? 1 : 0
            }, dropScales)
        }
        if let dropped { pango_attr_list_unref(dropped) }
        pango_layout_set_text(layout, plain, -1)
        pango_layout_set_attributes(layout, attributes)
        return true
    }
}

extension TextLimits {
    /// Markup may ask for sizes up to 200 points and scales up to 8 times.
    static let largestPoints = 200.0
    static let largestScale = 8.0

    /// Whether a Pango attribute asks for a size beyond the limits.
    static func isAbsurd(_ attribute: UnsafeMutablePointer<PangoAttribute>) -> Bool {
        let type = attribute.pointee.klass.pointee.type
        let largest = Int32(largestPoints * Double(PANGO_SCALE))
        switch type {
        case PANGO_ATTR_SIZE, PANGO_ATTR_ABSOLUTE_SIZE:
            let value = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrSize.self).pointee.size
            return value > largest || value < 0
        case PANGO_ATTR_SCALE:
            let value = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrFloat.self).pointee.value
            return !(value > 0 && value <= largestScale)
        case PANGO_ATTR_FONT_DESC:
            guard let description = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrFontDesc.self).pointee.desc else {
                return false
            }
            return pango_font_description_get_size(description) > largest
        default:
            return false
        }
    }
}
