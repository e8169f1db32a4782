/// A sequential colour map, interpolated linearly between evenly spaced stops.
public struct ColorMap: Sendable, Hashable {
    /// The colours at t = 0, 1/(n-1), ..., 1; at least one.
    public let stops: [Color]

    /// A colour map through `stops`, evenly spaced over [0, 1].
    public init(stops: [Color]) {
        precondition(stops.count >= 2, "a colour map needs two stops")
        self.stops = stops
    }

    /// The colour at t in [0, 1] (clamped).
    public func color(at t: Double) -> Color {
        let u = min(max(t.isNaN ? 0 : t, 0), 1) * Double(stops.count - 1)
        let i = min(Int(u), stops.count - 2)
        let f = u - Double(i)
        let a = stops[i], b = stops[i + 1]
        return Color(red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
                     blue: a.blue + (b.blue - a.blue) * f)
    }

    /// The part of this map from `start` to 1, as `count` evenly spaced stops.
    public func resampled(from start: Double, count: Int = 64) -> ColorMap {
        ColorMap(stops: (0..<count).map { color(at: start + (1 - start) * Double($0) / Double(count - 1)) })
    }

    /// viridis for curves on this theme's background: on a dark one, from 0.37 up, where its
    /// colours reach WCAG's 3:1 contrast against #1E1E1E (its dark purples all but vanish there).
    public static func viridis(on theme: Theme) -> ColorMap {
        theme.isDark ? viridisOnDark : viridis
    }

    private static let viridisOnDark = viridis.resampled(from: 0.37)

    /// matplotlib's viridis, sampled at ten evenly spaced stops.
    public static let viridis = ColorMap(stops: [
        0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6ECE58, 0xB5DE2B, 0xFDE725,
    ].map { Color(hex: $0) })
}
