import CairoCanvas
import LossFunctions
import Plotting

/// The frames of an animated figure: which values each frame takes, and the figure of each,
/// every frame on the same axes and with its legend in the same place.
struct AnimationPlan {
    /// The request as given, without values for the animated parameters.
    let request: PlotRequest
    let animated: [AnimatedParameter]
    /// true: every parameter moves at once, frame by frame (a video); false: every combination
    /// of their values is a frame (the sliders of a page).
    let together: Bool
    let options: RenderOptions
    let size: Size
    /// The figure with every animated parameter at its first value.
    let firstFrame: FigureBuilder
    private(set) var xViews: [ClosedRange<Double>] = []
    private(set) var yViews: [ClosedRange<Double>] = []
    private(set) var legends: [LegendPosition?] = []

    /// Frames that a page may hold, every combination of its sliders counted.
    static let maxPageFrames = 2000
    /// Frames sampled to choose the legend's place.
    static let legendSamples = 16

    /// Checks every value of every animated parameter against the rest of the request.
    init(request: PlotRequest, animation: AnimationRequest, together: Bool) throws {
        let animated = animation.animated
        for (i, parameter) in animated.enumerated() {
            if parameter.isGiven(in: request) {
                throw InputError("--animate: '\(parameter.text)' moves \(parameter.name), which \(parameter.flag) also sets; give it once")
            }
            if animated[..<i].contains(where: { $0.kind == parameter.kind }) {
                throw InputError("--animate: '\(parameter.text)' moves \(parameter.name) a second time; give each parameter once")
            }
        }
        if together, let first = animated.first, let other = animated.first(where: { $0.values.count != first.values.count }) {
            throw InputError("--animate: '\(other.text)' has \(other.values.count) values and '\(first.text)' \(first.values.count); parameters moving together need as many frames each")
        }
        if !together {
            let count = animated.reduce(1) { $0 * $1.values.count }
            guard count <= Self.maxPageFrames else {
                throw InputError("--animate: the sliders make \(count) frames; a page holds at most \(Self.maxPageFrames)")
            }
        }
        self.request = request
        self.animated = animated
        self.together = together
        // The first frame is checked one parameter at a time, so that an error names the
        // parameter that brought it; then each value with the others at their first value:
        // every check of a still figure applies, with the --animate flag named.
        var partial = request
        for parameter in animated {
            parameter.apply(parameter.values[0], to: &partial)
            _ = try Self.wrap(parameter) { [partial] in try partial.figureSpec() }
        }
        var sizes: Set<Size> = []
        var first: FigureBuilder?
        for (p, parameter) in animated.enumerated() {
            for value in parameter.values {
                var values = animated.map { $0.values[0] }
                values[p] = value
                let spec = try Self.wrap(parameter) { try Self.spec(request, animated, values: values) }
                let builder = try Self.wrap(parameter) { try FigureBuilder(spec) }
                if first == nil { first = builder }
                sizes.insert(builder.size(RenderOptions()))
            }
        }
        firstFrame = try first ?? FigureBuilder(request.figureSpec())
        let size = sizes.first ?? FigureBuilder.defaultSize
        var options = try request.render.options(size: size)
        options.givenSize = request.furniture.size
        self.options = options
        self.size = options.size ?? size
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

    /// The figure spec of a frame: the request with the frame's values substituted, and the
    /// values in the title.
    func spec(values: [Double]) throws -> FigureSpec {
        try Self.spec(request, animated, values: values)
    }

    private static func spec(_ request: PlotRequest, _ animated: [AnimatedParameter], values: [Double]) throws -> FigureSpec {
        var frame = request
        for (parameter, value) in zip(animated, values) { parameter.apply(value, to: &frame) }
        var spec = try frame.figureSpec()
        let caption = zip(animated, values).map { $0.label($1) }.joined(separator: ", ")
        spec.title = request.furniture.title.map { "\($0) (\(caption))" } ?? caption
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
        } catch let error as InputError {
            throw InputError("--animate: '\(parameter.text)': \(error.description)")
        }
    }
}
