import CPango
@testable import CairoCanvas
@testable import Plotting

/// libFuzzer's entry point: the bytes are a label with `$...$` maths (`--label`, `--title`, a
/// manifest's field). Reading it either fails with a one-line reason, as `check` does, or gives
/// maths whose markup Pango accepts whatever the text around it; that text is then measured
/// and drawn as the figures draw labels, and turned into the terminal's plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMaths(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let checked: MathText.Failure?
    do {
        try MathText.check(text)
        checked = nil
    } catch {
        checked = error
    }
    let escaped: String
    do {
        escaped = try MathText.markup(text, fontSize: 14, outsideIsMarkup: false)
    } catch {
        if checked != error { fatalError("check and markup disagree on \(text.debugDescription): \(String(describing: checked)), \(error)") }
        if error.description.isEmpty || error.description.contains("\n") {
            fatalError("the reason for \(text.debugDescription) is not one line: \(error.description.debugDescription)")
        }
        return 0
    }
    if let checked { fatalError("check refused \(text.debugDescription) (\(checked)) but markup read it") }
    // Pango reads a label up to a NUL, maths or not: the markup is checked up to the first.
    var failure: UnsafeMutablePointer<GError>?
    if !text.contains("\0"), pango_parse_markup(escaped, -1, 0, nil, nil, nil, &failure) == 0 {
        let reason = failure.map { String(cString: $0.pointee.message) } ?? "?"
        fatalError("the markup of \(text.debugDescription) is not valid Pango markup (\(reason)): \(escaped.debugDescription)")
    }
    let plain = TerminalText.plain(text)
    if plain.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        fatalError("a control character reached the terminal: \(plain.debugDescription)")
    }
    do {
        let canvas = try SVGFrameCanvas(size: Size(240, 120), standalone: true)
        for style in [TextStyle(size: 10), TextStyle(size: 14, bold: true)] {
            let size = canvas.measure(text, style: style, markup: true, maxWidth: 200)
            if !(size.width.isFinite && size.height.isFinite && size.width >= 0 && size.height >= 0) {
                fatalError("measured \(size) for \(text.debugDescription)")
            }
            canvas.draw(text, at: Point(120, 60), anchor: .topCenter, angle: 0, style: style, markup: true, maxWidth: 200)
        }
        _ = canvas.document()
    } catch {
        fatalError("drawing \(text.debugDescription) failed: \(error)")
    }
    return 0
}
