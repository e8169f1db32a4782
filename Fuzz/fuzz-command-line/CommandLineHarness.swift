import CairoCanvas
import Foundation
@testable import LossPlotCLI
@testable import LossPlotKit
import Plotting

/// Standard output goes nowhere: `list` and `eval` print, libFuzzer reports on standard error.
private let devNull: Int32 = {
    let fd = open("/dev/null", O_WRONLY)
    dup2(fd, STDOUT_FILENO)
    return fd
}()

/// libFuzzer's entry point: the bytes are a command line, one argument per line (the seeds and
/// the dictionary `Fuzz/command-line.dict` hold real flags and values). It is parsed and
/// validated as the executable does; a plot that is accepted is drawn in memory (or its numbers
/// written to /dev/null), when it is small enough to keep executions fast. A refusal must be
/// the one line the executable prints; nothing may trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommandLine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = devNull
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let arguments = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard arguments.count <= 64 else { return 0 }
    do {
        var command = try LossPlot.parse(arguments)
        switch command {
        case let plot as PlotCommand:
            try draw(plot)
        case is BatchCommand:
            // Rendering the gallery takes seconds; the manifest has a harness of its own.
            break
        default:
            try command.run()
        }
    } catch {
        let line = LossPlot.errorLine(for: error)
        if LossPlot.exitCode(for: error) != .success, !line.hasPrefix("Error: ") || line.contains("\n") {
            fatalError("a refusal that is not one line: \(line.debugDescription)")
        }
    }
    return 0
}

/// Figures up to 0.4 megapixels and 20,000 samples in all are drawn; larger ones are only checked.
private func draw(_ plot: PlotCommand) throws {
    let run = try PlotRun(plot.request())
    let (builder, options, kind) = (run.builder, run.options, run.request.destination.kind)
    let size = options.size ?? builder.size(options)
    guard builder.sweep.count * builder.curves.count <= 20_000,
          size.width * size.height * options.scale * options.scale <= 400_000 else { return }
    let figure = builder.figure(options)
    if run.request.terminal { _ = TerminalOutput.chart(figure) }
    switch kind {
    case .image(let format):
        let bytes = try FigureRasterizer.render(figure, format: format, scale: options.scale)
        if bytes.isEmpty { fatalError("an empty \(format) file for an accepted figure") }
    case .csv, .json:
        let writer = BufferedWriter(fd: devNull, path: "/dev/null")
        try kind == .csv ? DataExporter(builder: builder).writeCSV(writer) : DataExporter(builder: builder).writeJSON(writer)
        try writer.flush()
    case .animation, .page:
        // Frames take seconds each under AddressSanitizer; the first frame was checked above.
        break
    }
}
