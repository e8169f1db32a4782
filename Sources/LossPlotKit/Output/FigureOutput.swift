import CairoCanvas
import Platform
import Plotting

/// Writes a figure to a file, atomically: its picture, or its numbers.
public enum FigureOutput {
    /// Writes the file; returns the labels of the curves the picture shows nothing of (none for numbers).
    @discardableResult
    public static func write(_ builder: FigureBuilder, options: RenderOptions, kind: FileKind, to path: String) throws -> [String] {
        try write(builder, options: options, kind: kind) { try AtomicFile.write(to: path, $0) }
    }

    /// Writes through `sink`, which calls the body it is given once with a writer (a file's or
    /// standard output's). A picture is rendered whole before the sink is opened. Returns the
    /// labels of the curves the picture shows nothing of.
    static func write(_ builder: FigureBuilder, options: RenderOptions, kind: FileKind,
                      through sink: ((BufferedWriter) throws -> Void) throws -> Void) throws -> [String] {
        switch kind {
        case .image(let format):
            let figure = try FigureFit.fitted(builder.figure(options), options: options)
            let bytes = try FigureRasterizer.render(figure, format: format, scale: options.scale)
            try sink { try $0.write(bytes) }
            return figure.hiddenCurves
        case .animation, .page:
            throw InputError("--out: an animation or a page is drawn from frames; say what moves with --animate PARAM=LO:HI:N")
        case .csv:
            try sink { try DataExporter(builder: builder).writeCSV($0) }
        case .json:
            try sink { try DataExporter(builder: builder).writeJSON($0) }
        }
        return []
    }

    /// The one-line warning for curves a figure shows nothing of, or nil when it shows them all.
    static func hiddenWarning(_ labels: [String], figure name: String) -> String? {
        guard !labels.isEmpty else { return nil }
        let names = labels.map { "'\($0)'" }.joined(separator: ", ")
        return "\(name): nothing of \(names) is inside the limits (all undefined, masked by a log or logit axis, or outside --xlim/--ylim); the figure shows no line for \(labels.count == 1 ? "it" : "them")"
    }

    /// Writes warnings to standard error, one line each.
    static func warn(_ lines: [String]) {
        for line in lines { StandardError.write("warning: \(line)\n") }
    }
}
