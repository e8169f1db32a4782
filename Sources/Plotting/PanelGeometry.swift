/// Where one panel's plot area sits, and how it maps data to pixels.
public struct PanelGeometry: Sendable {
    public let area: Rect
    public let xScale: AxisMap
    public let yScale: AxisMap
    public let xTicks: AxisTicks
    public let yTicks: AxisTicks
}
