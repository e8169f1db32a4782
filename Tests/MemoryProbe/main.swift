import Foundation
import LossPlotCLI
import MallocCounter

// `memory-probe [--retain BYTES] COUNT...`: renders a set of small figures once in PNG, SVG and
// PDF, so that the caches that live for the whole process (fonts, shaped labels) are filled,
// then renders figures one file at a time, cycling through the set and the formats, and after
// COUNT figures prints "COUNT BYTES", the heap still in use. `--retain` keeps BYTES per figure
// alive: a leak on purpose, to show that the measure sees one.

/// Small figures of every kind: several curves, derivatives, facets, a colour bar, markup, a dark theme.
let figures: [[String]] = [
    ["l1", "l2"],
    ["huber", "--delta", "0.25,1,4", "--title", "<b>Huber</b> δ", "--grid"],
    ["pseudo-huber", "--gradient"],
    ["huber", "pseudo-huber", "--delta", "0.5,2", "--facet", "delta"],
    ["pseudo-huber", "--delta", "0.1:10:12", "--geometric"],
    ["binary-cross-entropy", "--theme", "dark", "--legend", "upper center"],
    ["softmax-cross-entropy", "--target", "0.1,0.02,0.88", "--rest", "-3,10", "--label", "L<sub>1</sub>"],
    ["barron", "--alpha", "-inf,0,2", "--range", "-6:6", "--transparent"],
]
let formats = ["png", "svg", "pdf"]

var arguments = Array(CommandLine.arguments.dropFirst())
var retainPerFigure = 0
if arguments.first == "--retain", arguments.count > 1 {
    retainPerFigure = Int(arguments[1]) ?? 0
    arguments.removeFirst(2)
}
let counts = arguments.compactMap { Int($0) }.sorted()
let folder = NSTemporaryDirectory() + "memory-probe-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

/// Draws figure `index` of the cycle through figures and formats, as the executable does.
func render(_ index: Int) {
    let figure = figures[index % figures.count], format = formats[index / figures.count % formats.count]
    do {
        var command = try LossPlot.parse(figure + ["--size", "400x300", "--samples", "200", "--out", "\(folder)/fig.\(format)"])
        try command.run()
    } catch {
        FileHandle.standardError.write(Data("memory-probe: \(LossPlot.errorLine(for: error))\n".utf8))
        exit(1)
    }
}

// Each command prints a line per file written; only the measurements go to standard output.
let stdout = dup(STDOUT_FILENO)
dup2(open("/dev/null", O_WRONLY), STDOUT_FILENO)
for index in 0..<(figures.count * formats.count) { render(index) }
var retained: [[UInt8]] = []
var rendered = 0
var report = ""
for count in counts {
    while rendered < count {
        render(rendered)
        if retainPerFigure > 0 { retained.append([UInt8](repeating: 1, count: retainPerFigure)) }
        rendered += 1
    }
    report += "\(count) \(malloc_counter_heap_in_use())\n"
}
fflush(nil)
dup2(stdout, STDOUT_FILENO)
print(report, terminator: "")
