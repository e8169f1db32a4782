import CairoCanvas
import Plotting

/// Writes a figure to a file, atomically: its picture, or its numbers.
public enum FigureOutput {
    public static func write(_ builder: FigureBuilder, options: RenderOptions, kind: FileKind, to path: String) throws {
        switch kind {
        case .image(let format):
            let bytes = try FigureRasterizer.render(builder.figure(options), format: format, scale: options.scale)
            try AtomicFile.write(bytes, to: path)
        case .csv:
            try AtomicFile.write(to: path) { try DataExporter(builder: builder).writeCSV($0) }
        case .json:
            try AtomicFile.write(to: path) { try DataExporter(builder: builder).writeJSON($0) }
        }
    }
}
