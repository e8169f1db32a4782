/// Where one panel's plot area sits, and how it maps data to pixels.
public struct PanelGeometry: Sendable {
    /// The plot area inside the spines, in pixels at scale 1.
    public let area: Rect
    /// Data x to pixel x in `area`, through the axis's scale.
    public let xScale: AxisMap
    /// Data y to pixel y in `area`, through the axis's scale (larger values are higher up).
    public let yScale: AxisMap
    /// The x axis's major and minor ticks and labels.
    public let xTicks: AxisTicks
    /// The y axis's major and minor ticks and labels.
    public let yTicks: AxisTicks
}
