import Platform

/// The ticks of one axis, their labels, and the offset text factored out of them.
public struct AxisTicks: Sendable {
    /// The view in data coordinates.
    public let view: ClosedRange<Double>
    /// The major tick positions inside `view`, in data units, increasing (matplotlib's locator for the axis's scale).
    public let values: [Double]
    /// One label per major tick, as matplotlib's formatter for the scale writes it, the offset factored out.
    public let labels: [String]
    /// The offset or scale factored out of the labels ("1e-5", "+1e3"), shown at the axis's end; empty when none.
    public let offsetText: String
    /// Minor ticks (log and logit axes), and their labels ("" for most).
    public var minorValues: [Double] = []
    /// One label per minor tick, in the order of `minorValues`.
    public var minorLabels: [String] = []

    /// Ticks for a linear axis `length` pixels long showing `view`.
    public init(view: ClosedRange<Double>, length: Double, vertical: Bool) {
        self.init(scale: .linear, view: view, length: length, vertical: vertical)
    }

    /// Ticks for an axis of any scale `length` pixels long showing `view`, with labels of `fontSize` pixels.
    public init(scale: AxisScale, view: ClosedRange<Double>, length: Double, vertical: Bool, fontSize: Double = FigureStyle.fontSize) {
        self.init(scale: scale, view: view,
                  tickSpace: TickLocator.bins(length: length, fontSize: fontSize, vertical: vertical))
    }

    /// Ticks for an axis with room for `tickSpace` bins (matplotlib's `get_tick_space`).
    public init(scale: AxisScale, view: ClosedRange<Double>, tickSpace: Int) {
        switch scale {
        case .linear:
            let view = LinearScale.nonsingular(view)
            self.view = view
            values = TickLocator(maxBins: tickSpace).ticks(view.lowerBound, view.upperBound)
            let formatter = TickFormatter(ticks: values, lower: view.lowerBound, upper: view.upperBound)
            labels = formatter.labels
            offsetText = formatter.offsetText
        case .log, .symlog, .logit:
            let view = scale.clamped(view)
            self.view = view
            let lo = view.lowerBound, hi = view.upperBound
            var major: [Double], minor: [Double] = []
            switch scale {
            case .symlog(let t): major = SymlogLocator.ticks(lo, hi, linthresh: t)
            case .logit: (major, minor) = LogitLocator.ticks(lo, hi, tickSpace: tickSpace)
            default: (major, minor) = LogLocator.ticks(lo, hi, tickSpace: tickSpace)
            }
            // Axis.get_minorticklocs: minors within 1e-5 of the view's width of a major go.
            let a = scale.forward(lo), b = scale.forward(hi)
            let tolerance = (b / 2 - a / 2) * 2e-5
            minor = minor.filter { m in !major.contains { abs(scale.forward($0) - scale.forward(m)) <= tolerance } }
            let allMajor = major
            major = Self.visible(major, scale: scale, view: view)
            values = major
            offsetText = ""
            var minorText: [String]
            if case .logit = scale {
                labels = major.map { LogTickFormatter.logitLabel($0, locs: allMajor) }
                minorText = LogTickFormatter.logitMinorLabels(minor)
            } else {
                var linthresh: Double?
                if case .symlog(let t) = scale { linthresh = t }
                let sub = LogTickFormatter.sublabels(lo, hi, linthresh: linthresh)
                labels = major.map { LogTickFormatter.label($0, sublabels: sub) }
                minorText = minor.map { LogTickFormatter.label($0, sublabels: sub) }
            }
            let shown = Set(Self.visible(minor, scale: scale, view: view))
            let kept = minor.indices.filter { shown.contains(minor[$0]) }
            minorValues = kept.map { minor[$0] }
            minorLabels = kept.map { minorText[$0] }
        }
    }

    /// The ticks an Axis draws: inside the view in the scale's space, up to 1e-10 of its width.
    static func visible(_ ticks: [Double], scale: AxisScale, view: ClosedRange<Double>) -> [Double] {
        let a = scale.forward(view.lowerBound), b = scale.forward(view.upperBound)
        let tolerance = (b / 2 - a / 2) * 2e-10
        return ticks.filter { t in
            let u = scale.forward(t)
            return u.isFinite && u >= a - tolerance && u <= b + tolerance
        }
    }
}
