import ArgumentParser

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

    /// Whether an animation was asked for.
    var isRequested: Bool { !animate.isEmpty }

    /// Frames per second, checked.
    func framesPerSecond() throws -> Double {
        guard let fps else { return 20 }
        let value = try ArgumentValues.number(fps, flag: "--fps")
        // Browsers show GIF delays under 2/100 s as 1/10 s: past 50 fps the animation slows down.
        guard value > 0, value <= 50 else {
            throw CommandError("--fps: '\(fps)' is not allowed; it must be a number above 0 and at most 50")
        }
        return value
    }

    /// How many times the animation plays, checked; 0 is forever.
    func plays() throws -> Int {
        guard let loop else { return 0 }
        guard let value = Int(loop.trimmingCharacters(in: .whitespaces)), value >= 0, value <= 65535 else {
            throw CommandError("--loop: '\(loop)' is not allowed; it must be a whole number from 0 (forever) to 65535")
        }
        return value
    }

    /// An animation needs an animated file, and an animated file needs an animation.
    func check(kind: FileKind, path: String, terminal: Bool) throws {
        if isRequested {
            guard kind.isAnimated else {
                throw CommandError("--out: '\(path)' cannot hold an animation; use .gif, .webp, .apng or .html with --animate")
            }
            if terminal { throw CommandError("--terminal: cannot be combined with --animate; draw the terminal chart without it") }
            return
        }
        guard !kind.isAnimated else {
            throw CommandError("--out: '\(path)' is an animation; say what moves with --animate PARAM=LO:HI:N (e.g. --animate delta=0.1:3:60)")
        }
        for (flag, given) in [("--fps", fps != nil), ("--loop", loop != nil), ("--bounce", bounce)] where given {
            throw CommandError("\(flag): only applies to an animation; add --animate PARAM=LO:HI:N and --out x.gif")
        }
    }
}
