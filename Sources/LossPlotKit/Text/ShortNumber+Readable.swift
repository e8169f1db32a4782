import Platform
import LossFunctions

extension ShortNumber {
    /// A computed number in a message, such as the first sample a log axis shows: the fewest
    /// significant digits within 0.05% of it (0.0101 for 0.010101010101010166), exact numbers as
    /// ``format(_:)`` writes them (1, 0.25).
    public static func readable(_ v: Double) -> String {
        guard v.isFinite, v != 0 else { return format(v) }
        for digits in 1...17 {
            let read = Double(String(printf: "%.\(digits)g", v))!
            if abs(read - v) <= 5e-4 * abs(v) { return format(read) }
        }
        return format(v)
    }
}
