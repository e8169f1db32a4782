import LossFunctions
import CairoCanvas
import Platform

/// What `loss-plot batch` asks for: a figure set (the built-in one or a manifest's), which of its
/// figures, in which formats, into which folder.
public struct BatchRequest: Sendable {
    /// The folder written into; created when missing.
    public var outDir: String
    /// The formats each figure is written in.
    public var formats: [OutputFormat]
    /// A manifest's path; nil for the built-in set.
    public var manifest: String?
    /// Print the built-in set as a manifest instead of rendering.
    public var printsManifest = false
    /// The names of the figures rendered; nil for all.
    public var only: [String]?
    /// How every figure is rendered.
    public var render = RenderSettings()

    /// The whole built-in set in these formats into `outDir`.
    public init(outDir: String, formats: [OutputFormat]) {
        self.outDir = outDir
        self.formats = formats
    }
}

/// Renders a figure set on every core, one line per file written; one figure's failure does not
/// stop the others.
public struct BatchRun {
    let request: BatchRequest

    /// A run of this request.
    public init(_ request: BatchRequest) {
        self.request = request
    }

    /// Checks every figure, then writes every file.
    ///
    /// - Throws: ``InputError`` for a bad manifest or figure (before anything is written), or
    ///   naming how many files failed.
    public func run() throws {
        if request.printsManifest {
            print(try Manifest.encode(ArticleFigures.gallery))
            return
        }
        if request.render.scale != 1, !request.formats.contains(.png) {
            throw InputError("--scale: '\(ShortNumber.format(request.render.scale))' sets the pixel density of a .png; svg and pdf are drawn in points at any size")
        }
        if request.render.dpi != 100, !request.formats.contains(.png) {
            throw InputError("--dpi: '\(ShortNumber.format(request.render.dpi))' sets the pixels of a .png; svg and pdf are drawn in points at the figures' sizes in inches")
        }
        var specs = try request.manifest.map { try Manifest.load(path: $0) } ?? ArticleFigures.gallery
        if let names = request.only {
            for name in names where !specs.contains(where: { $0.name == name }) {
                throw InputError("--only: no figure is named '\(name)'; the set has \(specs.map(\.name).joined(separator: ", "))")
            }
            specs = specs.filter { names.contains($0.name) }
        }
        // Every figure is checked before any is drawn.
        let builders = try specs.map { try FigureBuilder($0) }
        FigureOutput.warn(builders.flatMap(\.warnings))
        let outDir = request.outDir
        try OutputFolder.prepare(outDir)
        let results = Self.renderAll(builders, formats: request.formats, outDir: outDir, render: request.render)
        var failures: [String] = []
        for result in results {
            switch result {
            case .success(let path, let hidden):
                print("wrote \(path)")
                FigureOutput.warn([FigureOutput.hiddenWarning(hidden, figure: path)].compactMap { $0 })
            case .failure(let message): failures.append(message)
            }
        }
        if !failures.isEmpty {
            for failure in failures { StandardError.write("error: \(failure)\n") }
            let written = results.count - failures.count
            throw InputError("\(failures.count) of \(results.count) files failed; " + (written == 0 ? "none was written" : "the other \(written) were written"))
        }
    }

    enum Outcome {
        case success(String, hidden: [String])
        case failure(String)
    }

    /// Renders every figure in every format on all cores; one figure's failure does not stop the others.
    static func renderAll(_ builders: [FigureBuilder], formats: [OutputFormat], outDir: String, render: RenderSettings) -> [Outcome] {
        let jobs = builders.flatMap { b in formats.map { (b, $0) } }
        return Parallel.map(jobs) { builder, format in
            let path = joinPath(outDir, "\(builder.spec.name).\(format.rawValue)")
            do {
                let options = try render.options(size: builder.size(RenderOptions()))
                let hidden = try FigureOutput.write(builder, options: options, kind: .image(format), to: path)
                return .success(path, hidden: hidden)
            } catch {
                let message = "\(error)"
                return .failure(message.contains(path) ? message : "\(path): \(message)")
            }
        }
    }
}
