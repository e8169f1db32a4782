import ArgumentParser
import Foundation
@testable import LossPlotCLI

/// A fresh temporary folder per test.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "loss-plot-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Parses a command line as the executable does and runs it, returning what it threw (nil on success).
@discardableResult
func runCommand(_ arguments: [String]) -> Error? {
    do {
        var command = try LossPlot.parseAsRoot(arguments)
        try command.run()
        return nil
    } catch {
        return error
    }
}

/// The message and exit code the executable would print for a command line, or nil when it succeeds.
func failure(_ arguments: [String]) -> (message: String, exitCode: Int32)? {
    guard let error = runCommand(arguments) else { return nil }
    // The executable prints this line and exits with status 1 for every failure.
    return (LossPlot.errorLine(for: error), 1)
}

/// The plot command's spec for a command line.
func spec(_ arguments: [String]) throws -> FigureSpec {
    let command = try LossPlot.parseAsRoot(arguments)
    guard let plot = command as? PlotCommand else { throw CommandError("not a plot command") }
    return try plot.makeSpec()
}

/// numpy.linspace(lower, upper, count)[i], computed as numpy does: lower + i * step, the last exactly upper.
func linspace(_ lower: Double, _ upper: Double, _ count: Int) -> [Double] {
    let step = (upper - lower) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? upper : lower + Double($0) * step }
}

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data)
    guard bytes.count > 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}
