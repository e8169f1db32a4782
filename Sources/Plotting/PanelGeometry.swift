/// Where one panel's plot area sits, and how it maps data to pixels.
public struct PanelGeometry: Sendable {
    public let area: Rect
    public let xScale: LinearScale
    public let yScale: LinearScale
    public let xTicks: AxisTicks
    public let yTicks: AxisTicks
}
