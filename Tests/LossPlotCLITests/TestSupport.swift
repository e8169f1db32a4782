import ArgumentParser
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit


/// Parses a command line as the executable does and runs it, returning what it threw (nil on success).
@discardableResult
func runCommand(_ arguments: [String]) -> Error? {
    do {
        var command = try LossPlot.parse(arguments)
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
    let command = try LossPlot.parse(arguments)
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
    let command = try LossPlot.parse(arguments)
    guard let eval = command as? EvalCommand else { throw InputError("not an eval command") }
    return try eval.request()
}

/// The frames of an animated plot command line.
func animationPlan(_ arguments: [String], together: Bool) throws -> AnimationPlan {
    let request = try request(arguments)
    return try AnimationPlan(request: request, animation: #require(request.animation), together: together)
}
