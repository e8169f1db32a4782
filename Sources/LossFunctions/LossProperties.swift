/// The mathematical properties a loss declares, as a function of its swept input; each one is
/// checked numerically by the test suite (PropertyTests).
public struct LossProperties: Sendable, Equatable {
    /// f(λa + (1-λ)b) <= λf(a) + (1-λ)f(b).
    public var convex: Bool
    /// The convexity inequality is strict for a != b.
    public var strictlyConvex: Bool
    /// The smallest L with |f(a) - f(b)| <= L|a - b|, i.e. the supremum of |f'|; nil when there is none.
    public var lipschitz: Double?
    /// The supremum of f; nil when f is unbounded above.
    public var bounded: Double?
    /// f' exists everywhere in the interior of the domain.
    public var differentiable: Bool
    /// f'' exists everywhere in the interior of the domain.
    public var twiceDifferentiable: Bool
    /// f(-r) = f(r), for distance losses; nil for the others.
    public var symmetric: Bool?
    /// For margin losses: the sign of the minimiser of η ψ(α) + (1 - η) ψ(-α) is the sign of
    /// 2η - 1 for every η != 1/2 (Bartlett, Jordan and McAuliffe 2006); nil for the others.
    public var classificationCalibrated: Bool?

    public init(convex: Bool, strictlyConvex: Bool, lipschitz: Double?, bounded: Double?, differentiable: Bool,
                twiceDifferentiable: Bool, symmetric: Bool? = nil, classificationCalibrated: Bool? = nil) {
        self.convex = convex
        self.strictlyConvex = strictlyConvex
        self.lipschitz = lipschitz
        self.bounded = bounded
        self.differentiable = differentiable
        self.twiceDifferentiable = twiceDifferentiable
        self.symmetric = symmetric
        self.classificationCalibrated = classificationCalibrated
    }
}
