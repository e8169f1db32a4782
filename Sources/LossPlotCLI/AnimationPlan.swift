import CairoCanvas
import Plotting

/// The frames of an animated figure: which values each frame takes, and the figure of each,
/// every frame on the same axes and with its legend in the same place.
struct AnimationPlan {
    /// The command line as typed, without values for the animated parameters.
    let command: PlotCommand
    let animated: [AnimatedParameter]
    /// true: every parameter moves at once, frame by frame (a video); false: every combination
    /// of their values is a frame (the sliders of a page).
    let together: Bool
    let options: RenderOptions
    let size: Size
    private(set) var xViews: [ClosedRange<Double>] = []
    private(set) var yViews: [ClosedRange<Double>] = []
    private(set) var legends: [LegendPosition?] = []

    /// Frames that a page may hold, every combination of its sliders counted.
    static let maxPageFrames = 2000
    /// Frames sampled to choose the legend's place.
    static let legendSamples = 16

    /// Checks every value of every animated parameter against the rest of the command line.
    init(command: PlotCommand, together: Bool) throws {
        let geometric = command.geometric
        let animated = try command.animation.animate.map { try AnimatedParameter($0, geometric: geometric) }
        for (i, parameter) in animated.enumerated() {
            if parameter.isGiven(in: command) {
                throw CommandError("--animate: '\(parameter.text)' moves \(parameter.name), which --\(parameter.name) also sets; give it once")
            }
            if animated[..<i].contains(where: { $0.kind == parameter.kind }) {
                throw CommandError("--animate: '\(parameter.text)' moves \(parameter.name) a second time; give each parameter once")
            }
        }
        if together, let first = animated.first, let other = animated.first(where: { $0.values.count != first.values.count }) {
            throw CommandError("--animate: '\(other.text)' has \(other.values.count) values and '\(first.text)' \(first.values.count); parameters moving together need as many frames each")
        }
        if !together {
            let count = animated.reduce(1) { $0 * $1.values.count }
            guard count <= Self.maxPageFrames else {
                throw CommandError("--animate: the sliders make \(count) frames; a page holds at most \(Self.maxPageFrames)")
            }
        }
        self.command = command
        self.animated = animated
        self.together = together
        // Each value is checked with the others at their first value: every check of a still
        // figure applies, with the --animate flag named.
        var sizes: Set<Size> = []
        for (p, parameter) in animated.enumerated() {
            for value in parameter.values {
                var values = animated.map { $0.values[0] }
                values[p] = value
                let spec = try Self.wrap(parameter) { try Self.spec(command, animated, values: values) }
                let builder = try Self.wrap(parameter) { try FigureBuilder(spec) }
                sizes.insert(builder.size(RenderOptions()))
            }
        }
        let size = sizes.first ?? FigureBuilder.defaultSize
        options = try command.render.options(size: size)
        self.size = options.size ?? size
    }

    /// The command line with each animated parameter at its first value, as still figures
    /// check it.
    static func firstFrame(of command: PlotCommand) throws -> PlotCommand {
        var line = command
        for text in command.animation.animate {
            let parameter = try AnimatedParameter(text, geometric: command.geometric)
            if parameter.isGiven(in: command) {
                throw CommandError("--animate: '\(parameter.text)' moves \(parameter.name), which --\(parameter.name) also sets; give it once")
            }
            parameter.apply(parameter.values[0], to: &line)
            _ = try wrap(parameter) { [line] in try line.makeSpec() }
        }
        return line
    }

    /// How many frames there are.
    var frameCount: Int {
        together ? animated.first?.values.count ?? 1 : animated.reduce(1) { $0 * $1.values.count }
    }

    /// The value of each animated parameter in a frame; with sliders the last one moves fastest.
    func values(ofFrame frame: Int) -> [Double] {
        if together { return animated.map { $0.values[frame] } }
        var rest = frame
        var result = [Double](repeating: 0, count: animated.count)
        for (i, parameter) in animated.enumerated().reversed() {
            result[i] = parameter.values[rest % parameter.values.count]
            rest /= parameter.values.count
        }
        return result
    }

    /// The figure spec of a frame: the command line with the frame's values typed in, and the
    /// values in the title.
    func spec(values: [Double]) throws -> FigureSpec {
        try Self.spec(command, animated, values: values)
    }

    private static func spec(_ command: PlotCommand, _ animated: [AnimatedParameter], values: [Double]) throws -> FigureSpec {
        var line = command
        for (parameter, value) in zip(animated, values) { parameter.apply(value, to: &line) }
        var spec = try line.makeSpec()
        let caption = zip(animated, values).map { $0.label($1) }.joined(separator: ", ")
        spec.title = command.figure.title.map { "\($0) (\(caption))" } ?? caption
        return spec
    }

    /// The figure of a frame, on the fixed axes once `fixAxes` has run.
    func figure(ofFrame frame: Int) throws -> Figure {
        var figure = try FigureBuilder(spec(values: values(ofFrame: frame))).figure(options)
        for i in figure.panels.indices {
            if i < xViews.count { figure.panels[i].xLimits = xViews[i] }
            if i < yViews.count { figure.panels[i].yLimits = yViews[i] }
            if i < legends.count, let legend = legends[i] { figure.panels[i].legend = legend }
        }
        return figure
    }

    /// Fixes each panel's axes to the union of every frame's view, then the legend of each
    /// panel with `best` to the place least in the way over a sample of the frames.
    mutating func fixAxes(measuringWith renderer: FrameRenderer) throws {
        var xs: [ClosedRange<Double>] = [], ys: [ClosedRange<Double>] = []
        for frame in 0..<frameCount {
            let figure = try figure(ofFrame: frame)
            for (i, panel) in figure.panels.enumerated() {
                let x = panel.xView, y = panel.yView
                if i < xs.count {
                    xs[i] = min(xs[i].lowerBound, x.lowerBound)...max(xs[i].upperBound, x.upperBound)
                    ys[i] = min(ys[i].lowerBound, y.lowerBound)...max(ys[i].upperBound, y.upperBound)
                } else {
                    xs.append(x)
                    ys.append(y)
                }
            }
        }
        (xViews, yViews) = (xs, ys)
        let samples = Set((0..<min(frameCount, Self.legendSamples)).map { $0 * (frameCount - 1) / max(1, min(frameCount, Self.legendSamples) - 1) })
        var vote = LegendVote()
        for frame in samples.sorted() {
            let figure = try figure(ofFrame: frame)
            try renderer.withCanvas { vote.add(figure, canvas: $0) }
        }
        legends = xs.indices.map { vote.position(ofPanel: $0) }
    }

    /// Runs a check of one parameter's values, naming --animate and the value as typed.
    private static func wrap<T>(_ parameter: AnimatedParameter, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CommandError {
            throw CommandError("--animate: '\(parameter.text)': \(error.description)")
        } catch let error as SpecError {
            throw CommandError("--animate: '\(parameter.text)': \(error.description)")
        }
    }
}
