/// Maps data to pixels along one axis: through the axis's scale, then linearly onto the pixels.
/// Masked values (a log axis's x <= 0) map to NaN, which breaks a line there.
public struct AxisMap: Sendable, Hashable {
    /// How data is transformed before the linear map: linear, log, symlog or logit.
    public let scale: AxisScale
    /// The view in data coordinates.
    public let view: ClosedRange<Double>
    /// The linear map from the scale's space to pixels.
    public let linear: LinearScale

    /// Maps `view` (data coordinates) onto `range` (pixels).
    public init(scale: AxisScale, view: ClosedRange<Double>, range: (Double, Double)) {
        self.scale = scale
        self.view = view
        let lo = scale.forward(view.lowerBound), hi = scale.forward(view.upperBound)
        linear = LinearScale(domain: lo.isFinite && hi.isFinite && lo <= hi ? lo...hi : -0.05...0.05, range: range)
    }

    /// A linear axis.
    public init(_ linear: LinearScale) {
        scale = .linear
        view = linear.domain
        self.linear = linear
    }

    /// The pixel position of a data value.
    @inlinable
    public func callAsFunction(_ v: Double) -> Double {
        linear(scale.forward(v))
    }

    /// The data value at a pixel position.
    public func invert(_ p: Double) -> Double {
        scale.inverse(linear.invert(p))
    }
}
