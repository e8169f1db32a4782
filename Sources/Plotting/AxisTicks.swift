/// The ticks of one axis, their labels, and the offset text factored out of them.
public struct AxisTicks: Sendable {
    public let view: ClosedRange<Double>
    public let values: [Double]
    public let labels: [String]
    public let offsetText: String

    /// Ticks for an axis `length` pixels long showing `view`.
    public init(view: ClosedRange<Double>, length: Double, vertical: Bool) {
        let view = LinearScale.nonsingular(view)
        self.view = view
        let bins = TickLocator.bins(length: length, fontSize: FigureStyle.fontSize, vertical: vertical)
        values = TickLocator(maxBins: bins).ticks(view.lowerBound, view.upperBound)
        let formatter = TickFormatter(ticks: values, lower: view.lowerBound, upper: view.upperBound)
        labels = formatter.labels
        offsetText = formatter.offsetText
    }
}
