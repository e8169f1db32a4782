import ArgumentParser
import Foundation
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

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

/// The message and exit status the executable would print and return for a command line (both
/// from the functions `runProcess()` calls), or nil when it succeeds.
func failure(_ arguments: [String]) -> (message: String, exitCode: Int32)? {
    guard let error = runCommand(arguments) else { return nil }
    return (LossPlot.errorLine(for: error), LossPlot.exitStatus(for: error))
}

/// The plot command's request for a command line.
func request(_ arguments: [String]) throws -> PlotRequest {
    let command = try LossPlot.parseAsRoot(arguments)
    guard let plot = command as? PlotCommand else { throw InputError("not a plot command") }
    return try plot.request()
}

/// The plot command's spec for a command line.
func spec(_ arguments: [String]) throws -> FigureSpec {
    try request(arguments).figureSpec()
}

/// The checked run of a plot command line: its figure's builder and render options.
func plotRun(_ arguments: [String]) throws -> PlotRun {
    try PlotRun(request(arguments))
}

/// The eval command's request for a command line.
func evalRequest(_ arguments: [String]) throws -> EvalRequest {
    let command = try LossPlot.parseAsRoot(arguments)
    guard let eval = command as? EvalCommand else { throw InputError("not an eval command") }
    return try eval.request()
}

/// The frames of an animated plot command line.
func animationPlan(_ arguments: [String], together: Bool) throws -> AnimationPlan {
    let request = try request(arguments)
    return try AnimationPlan(request: request, animation: #require(request.animation), together: together)
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
