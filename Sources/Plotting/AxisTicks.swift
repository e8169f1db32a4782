import Foundation

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

    /// Ticks of a logarithmic axis over [lower, upper] (both > 0), placed in log10 space:
    /// the powers of ten inside, or the ends and their geometric middle when there are fewer than two.
    public init(logarithmicFrom lower: Double, to upper: Double) {
        let lo = log10(lower), hi = log10(upper)
        view = LinearScale.nonsingular(lo...hi)
        var powers = Array(Int(lo.rounded(.up))...Int(max(lo.rounded(.up), hi.rounded(.down)))).map(Double.init).filter { $0 >= lo && $0 <= hi }
        if powers.count < 2 { powers = [lo, (lo + hi) / 2, hi] }
        values = powers
        labels = powers.map { Self.compact(pow(10, $0)) }
        offsetText = ""
    }

    /// A number in at most three significant digits, as %g writes it, with a true minus sign.
    static func compact(_ v: Double) -> String {
        String(format: "%.3g", v).replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
