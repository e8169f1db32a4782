import CCairo
@testable import CairoCanvas
@testable import Plotting

/// libFuzzer's entry point: the bytes after the first are a label (`--label`, `--title`, ...),
/// which may be Pango markup. It is measured and drawn as the figures do, on a small image
/// surface and by the SVG writer of SVG files (whose document must stay well-formed XML),
/// wrapped or not, and turned into the terminal chart's plain text; the first byte picks the
/// wrapping width, the angle and the weight.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let options = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let maxWidth: Double? = [nil, 1, 80, 300][Int(options & 3)]
    let angle = options & 4 == 0 ? 0 : Double.pi / 2
    let style = TextStyle(size: options & 8 == 0 ? 10 : 14, bold: options & 16 != 0)

    let plain = TerminalText.plain(text)
    if plain.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        fatalError("a control character reached the terminal: \(plain.debugDescription)")
    }
    draw(text, style: style, angle: angle, maxWidth: maxWidth,
         on: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 240, 120), kind: "png-1")
    drawSVG(text, style: style, angle: angle, maxWidth: maxWidth)
    return 0
}

private func drawSVG(_ text: String, style: TextStyle, angle: Double, maxWidth: Double?) {
    do {
        let canvas = try SVGFrameCanvas(size: Size(240, 120), standalone: true)
        let size = canvas.measure(text, style: style, markup: true, maxWidth: maxWidth)
        if !(size.width.isFinite && size.height.isFinite && size.width >= 0 && size.height >= 0) {
            fatalError("measured \(size) for \(text.debugDescription)")
        }
        canvas.draw(text, at: Point(120, 60), anchor: .topCenter, angle: angle, style: style, markup: true, maxWidth: maxWidth)
        // Text is outlines: nothing of the label may reach the document as characters.
        let document = String(decoding: canvas.document(), as: UTF8.self)
        if document.contains("<text") || document.contains("&") {
            fatalError("the SVG of \(text.debugDescription) holds text or an entity: \(document)")
        }
    } catch {
        fatalError("drawing \(text.debugDescription) as SVG failed: \(error)")
    }
}

private func draw(_ text: String, style: TextStyle, angle: Double, maxWidth: Double?, on pointer: OpaquePointer?, kind: String) {
    do {
        let surface = try CairoSurface(pointer, "fuzz surface")
        let canvas = try CairoCanvas(surface: surface, scale: 1, kind: kind)
        let size = canvas.measure(text, style: style, markup: true, maxWidth: maxWidth)
        if !(size.width.isFinite && size.height.isFinite && size.width >= 0 && size.height >= 0) {
            fatalError("measured \(size) for \(text.debugDescription)")
        }
        canvas.draw(text, at: Point(120, 60), anchor: .topCenter, angle: angle, style: style, markup: true, maxWidth: maxWidth)
        try canvas.checkStatus()
        try surface.finish()
    } catch {
        fatalError("drawing \(text.debugDescription) failed: \(error)")
    }
}
