import ArgumentParser
import CairoCanvas
import Dispatch
import Foundation

/// `loss-plot batch`: renders a whole figure set, the article's or a manifest's, on every core.
public struct BatchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render the article's figures and the gallery's extras (or a manifest's figures) into a folder, one line per file written.")

    @Option(name: .customLong("out-dir"), help: "The folder to write into; it is created when missing.")
    var outDir = "plots"

    @Option(help: "Formats to write, separated by commas: png, svg, pdf.")
    var format = "png,svg"

    @Option(help: "A JSON file of figures, in the form --print-manifest shows, instead of the article's set.")
    var manifest: String?

    @Flag(name: .customLong("print-manifest"), help: "Print the built-in figure set as a manifest and exit.")
    var printManifest = false

    @Option(help: "Render only these figures, by name, separated by commas.")
    var only: String?

    @OptionGroup var render: RenderFlags

    public init() {}

    public mutating func validate() throws {
        _ = try BatchFormat.parse(format)
        _ = try render.options()
    }

    public func run() throws {
        if printManifest {
            print(try Manifest.encode(ArticleFigures.gallery))
            return
        }
        var specs = try manifest.map { try Manifest.load(path: $0) } ?? ArticleFigures.gallery
        if let only {
            let names = only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for name in names where !specs.contains(where: { $0.name == name }) {
                throw CommandError("--only: no figure is named '\(name)'; the set has \(specs.map(\.name).joined(separator: ", "))")
            }
            specs = specs.filter { names.contains($0.name) }
        }
        let formats = try BatchFormat.parse(format)
        // Every figure is checked before any is drawn.
        let builders = try specs.map { try FigureBuilder($0) }
        FigureOutput.warn(builders.flatMap(\.warnings))
        do {
            try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        } catch {
            throw CommandError("--out-dir: cannot create '\(outDir)': \(error.localizedDescription)")
        }
        let results = Self.renderAll(builders, formats: formats, outDir: outDir, render: render)
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
            for failure in failures { FileHandle.standardError.write(Data("error: \(failure)\n".utf8)) }
            throw CommandError("\(failures.count) of \(results.count) files failed; the others were written")
        }
    }

    enum Outcome {
        case success(String, hidden: [String])
        case failure(String)
    }

    /// Renders every figure in every format on all cores; one figure's failure does not stop the others.
    static func renderAll(_ builders: [FigureBuilder], formats: [OutputFormat], outDir: String, render: RenderFlags) -> [Outcome] {
        let jobs = builders.flatMap { b in formats.map { (b, $0) } }
        let results = Results(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let (builder, format) = jobs[i]
            let path = (outDir as NSString).appendingPathComponent("\(builder.spec.name).\(format.rawValue)")
            do {
                let options = try render.options(size: builder.size(RenderOptions()))
                let hidden = try FigureOutput.write(builder, options: options, kind: .image(format), to: path)
                results.set(i, .success(path, hidden: hidden))
            } catch {
                let message = "\(error)"
                results.set(i, .failure(message.contains(path) ? message : "\(path): \(message)"))
            }
        }
        return results.values
    }

    /// Outcomes filled in from several threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Outcome]

        init(count: Int) {
            storage = Array(repeating: .failure("not rendered"), count: count)
        }

        func set(_ i: Int, _ outcome: Outcome) {
            lock.lock()
            storage[i] = outcome
            lock.unlock()
        }

        var values: [Outcome] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }
}
