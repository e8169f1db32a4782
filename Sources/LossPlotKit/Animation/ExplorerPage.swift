import LossFunctions
import CairoCanvas
import Platform
import Plotting

/// `--out explore.html`: one self-contained page (no network, no script or font from
/// elsewhere) with the figure as SVG and a slider per animated parameter. Every frame is drawn
/// by loss-plot; what all frames draw alike is kept once, and each element that changes keeps
/// its distinct versions and which frame shows which. The page's script only shows and hides.
struct ExplorerPage {
    let plan: AnimationPlan
    let fps: Double
    let definitions: [String]
    /// The SVG body: fixed elements, and slots of versions.
    let body: [Piece]

    enum Piece {
        case fixed(String)
        /// Distinct versions, and for each frame the index of the version it shows.
        case slot(versions: [String], shown: [Int])
    }

    /// Draws every frame; `progress` hears how many are done.
    init(plan: AnimationPlan, fps: Double, progress: (Int) -> Void) throws {
        self.plan = plan
        self.fps = fps
        let canvas = try SVGFrameCanvas(size: plan.size)
        var frames: [[String]] = []
        for frame in 0..<plan.frameCount {
            canvas.beginFrame()
            FigureRenderer(try plan.figure(ofFrame: frame)).draw(on: canvas)
            frames.append(canvas.elements)
            progress(frame + 1)
        }
        definitions = canvas.definitions
        body = Self.pieces(frames)
    }

    /// Splits frames into what they share and what changes: element by element when every
    /// frame has as many elements, otherwise the shared beginning and end around one slot.
    static func pieces(_ frames: [[String]]) -> [Piece] {
        guard let first = frames.first else { return [] }
        if frames.allSatisfy({ $0.count == first.count }) {
            return first.indices.map { k in slot(frames.map { $0[k] }) }
        }
        var prefix = 0
        while frames.allSatisfy({ prefix < $0.count && $0[prefix] == first[prefix] }) { prefix += 1 }
        var suffix = 0
        while frames.allSatisfy({ suffix < $0.count - prefix && $0[$0.count - 1 - suffix] == first[first.count - 1 - suffix] }) { suffix += 1 }
        let middle = frames.map { $0[prefix..<($0.count - suffix)].joined() }
        return first[..<prefix].map { .fixed($0) } + [slot(middle)] + first[(first.count - suffix)...].map { .fixed($0) }
    }

    private static func slot(_ versions: [String]) -> Piece {
        var index: [String: Int] = [:]
        var distinct: [String] = []
        let shown = versions.map { v in
            if let i = index[v] { return i }
            index[v] = distinct.count
            distinct.append(v)
            return distinct.count - 1
        }
        return distinct.count == 1 ? .fixed(distinct[0]) : .slot(versions: distinct, shown: shown)
    }

    func write(to writer: BufferedWriter) throws {
        let size = plan.size
        let title = plan.request.furniture.title ?? plan.animated.map(\.name).joined(separator: ", ")
        try writer.write("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escapeHTML(title)) · loss-plot</title>
            <style>
            body{margin:0;font:15px system-ui,sans-serif;color:#222}
            svg{display:block}
            g.v>g{display:none}
            g.v>g.on{display:inline}
            #controls{padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;max-width:\(SVGFrameCanvas.number(size.width - 24))px}
            #controls label{display:flex;gap:8px;align-items:center}
            #controls output{min-width:7em;font-variant-numeric:tabular-nums}
            </style></head><body>
            <svg width="\(SVGFrameCanvas.number(size.width))" height="\(SVGFrameCanvas.number(size.height))" viewBox="0 0 \(SVGFrameCanvas.number(size.width)) \(SVGFrameCanvas.number(size.height))" role="img" aria-label="\(Self.escapeHTML(title))">
            <defs>\(definitions.joined())</defs>

            """)
        for piece in body {
            switch piece {
            case .fixed(let element):
                try writer.write(element + "\n")
            case .slot(let versions, let shown):
                try writer.write("<g class=\"v\" data-shown=\"\(shown.map(String.init).joined(separator: ","))\">")
                for version in versions { try writer.write("<g>\(version)</g>") }
                try writer.write("</g>\n")
            }
        }
        try writer.write("</svg>\n<div id=\"controls\"><button id=\"play\" type=\"button\">▶ play</button>\n")
        for (i, parameter) in plan.animated.enumerated() {
            try writer.write("""
                <label>\(Self.escapeHTML(parameter.symbol)) <input type="range" id="s\(i)" min="0" max="\(parameter.values.count - 1)" step="1" value="0" aria-label="\(Self.escapeHTML(parameter.name))"> <output id="o\(i)">\(Self.escapeHTML(parameter.label(parameter.values[0])))</output></label>

                """)
        }
        try writer.write("</div>\n<script>\nconst params = \(parametersJSON);\nconst fps = \(fps);\n\(Self.script)</script>\n</body></html>\n")
    }

    /// The sliders' names, values and labels, as JSON safe inside a script element.
    private var parametersJSON: String {
        let items = plan.animated.map { parameter in
            let values = parameter.values.map { $0.isFinite ? ShortNumber.shortest($0) : "null" }.joined(separator: ",")
            let labels = parameter.values.map { Self.escapeScript(parameter.label($0)) }.joined(separator: ",")
            let address = Self.addressTexts(parameter.values).map(Self.escapeScript).joined(separator: ",")
            return "{\"name\":\(Self.escapeScript(parameter.name)),\"values\":[\(values)],\"labels\":[\(labels)],\"address\":[\(address)]}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    /// How each value reads in the page's address: the shortest decimal within rounding noise of it
    /// (1.5 for 1.5000000000000002 of a sweep) that still brings back the same slider position.
    static func addressTexts(_ values: [Double]) -> [String] {
        func nearest(_ x: Double) -> Int? {
            values.indices.min { abs(values[$0] - x) < abs(values[$1] - x) }
        }
        return values.enumerated().map { index, value in
            guard value.isFinite else { return ShortNumber.shortest(value) }
            for digits in 1...17 {
                let read = Double(String(printf: "%.\(digits)g", value))!
                if abs(read - value) <= 1e-9 * max(1, abs(value)), nearest(read) == index { return ShortNumber.format(read) }
            }
            return ShortNumber.shortest(value)
        }
    }

    /// Text for HTML content and attributes.
    static func escapeHTML(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A JSON string that cannot close its script element or open a comment.
    static func escapeScript(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += String(printf: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 { out += String(printf: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
