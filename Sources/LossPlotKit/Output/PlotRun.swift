import Platform
import Plotting

/// Carries out a ``PlotRequest``: checks it, builds the figure once, and writes it (a still
/// figure, its numbers, an animation or a page), printing "wrote FILE" and any warnings.
public struct PlotRun {
    /// The request, as given.
    public let request: PlotRequest
    /// The figure's first frame (the figure itself when nothing moves), checked and ready to draw.
    let builder: FigureBuilder
    let options: RenderOptions
    /// The frames, when something moves.
    let plan: AnimationPlan?

    /// Checks every part of the request against the others before any work.
    ///
    /// - Throws: ``InputError`` naming the flag and the value.
    public init(_ request: PlotRequest) throws {
        let destination = request.destination
        if request.terminal, destination.place == .standardOutput {
            throw InputError("--out: '-' writes the file to standard output, where --terminal draws its chart; use one of them")
        }
        if request.animation != nil, destination.place == .standardOutput {
            throw InputError("--out: '-' is for still figures; an animation is written to a .gif, .webp, .apng or .html file")
        }
        try Self.checkAnimation(request)
        try Self.checkOptionsTakeEffect(request)
        self.request = request
        if let animation = request.animation {
            let plan = try AnimationPlan(request: request, animation: animation, together: destination.kind != .page)
            builder = plan.firstFrame
            options = plan.options
            self.plan = plan
        } else {
            builder = try FigureBuilder(try request.figureSpec())
            var options = try request.render.options(size: builder.size(RenderOptions()))
            options.givenSize = request.furniture.size
            self.options = options
            plan = nil
        }
        try Self.checkSize(request, builder: builder)
    }

    /// A file of numbers is refused past ``largeFile`` bytes unless `--force` is given, and
    /// `--force` is refused where the file is not that large.
    static func checkSize(_ request: PlotRequest, builder: FigureBuilder) throws {
        let kind = request.destination.kind
        let written = request.destination.isGiven || !request.terminal
        guard written, kind == .csv || kind == .json else {
            if request.force { throw InputError("--force: only a .csv or .json file can be large enough to need it; leave it out") }
            return
        }
        let estimate = DataExporter(builder: builder).estimatedBytes(json: kind == .json)
        let name = request.destination.place == .standardOutput ? "-" : request.destination.name
        let size = "'\(name)' would be about \(ByteCount.text(estimate))"
        if estimate > largeFile, !request.force {
            let curves = builder.curves.count
            throw InputError("--out: \(size) (\(builder.sweep.count) samples of \(curves) curve\(curves == 1 ? "" : "s")); add --force to write it")
        }
        if estimate <= largeFile, request.force {
            throw InputError("--force: \(size); only a file over \(ByteCount.text(largeFile)) needs it, so leave it out")
        }
    }

    /// The size past which a file of numbers needs `--force`.
    static let largeFile = 1e9

    /// An animation needs an animated file, and an animated file needs an animation.
    static func checkAnimation(_ request: PlotRequest) throws {
        let kind = request.destination.kind, path = request.destination.name
        if request.animation != nil {
            guard kind.isAnimated else {
                throw InputError("--out: '\(path)' cannot hold an animation; use .gif, .webp, .apng or .html with --animate")
            }
            if request.terminal { throw InputError("--terminal: cannot be combined with --animate; draw the terminal chart without it") }
            if request.furniture.legend == .outside {
                throw InputError("--legend: 'outside' widens a still figure by its legend; an animation's frames keep one size, so put the legend inside the axes")
            }
            return
        }
        guard !kind.isAnimated else {
            throw InputError("--out: '\(path)' is an animation; say what moves with --animate PARAM=LO:HI:N (e.g. --animate delta=0.1:3:60)")
        }
    }

    /// Writes what the request asks for.
    public func run() throws {
        let destination = request.destination
        FigureOutput.warn(builder.warnings)
        if let plan, let animation = request.animation {
            try AnimationOutput.write(plan, animation: animation, kind: destination.kind, to: destination.name)
            print("wrote \(destination.name)")
            return
        }
        if request.terminal {
            let chart = builder.figure(options)
            print(TerminalOutput.chart(chart))
            guard destination.isGiven else {
                FigureOutput.warn([FigureOutput.hiddenWarning(chart.hiddenCurves, figure: "the chart")].compactMap { $0 })
                return
            }
        }
        let hidden = try destination.write(builder, options: options)
        if let line = destination.announcement { print(line) }
        FigureOutput.warn([FigureOutput.hiddenWarning(hidden, figure: destination.name)].compactMap { $0 })
    }
}
