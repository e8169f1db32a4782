import ArgumentParser
import LossPlotKit

/// The options of an animated figure: what moves, and how fast.
public struct AnimationFlags: ParsableArguments, Sendable {
    @Option(parsing: .unconditionalSingleValue, help: "Animate a loss parameter or the target: PARAM=LO:HI:N (or PARAM=a,b,c), one frame per value; needs --out .gif, .webp, .apng or .html. Repeat for several parameters (sliders of an .html page).")
    var animate: [String] = []

    @Option(parsing: .unconditional, help: "Frames per second of an animation, above 0 and at most 50 (default 20).")
    var fps: String?

    @Option(parsing: .unconditional, help: "How many times an animation plays; 0 plays it forever (the default).")
    var loop: String?

    @Flag(help: "Play an animation forward, then back.")
    var bounce = false

    public init() {}

    /// What moves and how fast, or nil when nothing does; errors name the flag and the value.
    func animation(geometric: Bool, formulas: Bool = false) throws -> AnimationRequest? {
        guard !animate.isEmpty else {
            for (flag, given) in [("--fps", fps != nil), ("--loop", loop != nil), ("--bounce", bounce)] where given {
                throw InputError("\(flag): only applies to an animation; add --animate PARAM=LO:HI:N and --out x.gif")
            }
            return nil
        }
        var animation = AnimationRequest(animated: try animate.map { try AnimatedParameter($0, geometric: geometric, formulas: formulas) })
        if let fps {
            let value = try ArgumentValues.number(fps, flag: "--fps")
            // Browsers show GIF delays under 2/100 s as 1/10 s: past 50 fps the animation slows down.
            guard value > 0, value <= 50 else {
                throw InputError("--fps: '\(fps)' is not allowed; it must be a number above 0 and at most 50")
            }
            animation.framesPerSecond = value
        }
        if let loop {
            guard let value = Int(loop.trimmingWhitespace()), value >= 0, value <= 65535 else {
                throw InputError("--loop: '\(loop)' is not allowed; it must be a whole number from 0 (forever) to 65535")
            }
            animation.plays = value
        }
        animation.bounce = bounce
        return animation
    }
}
