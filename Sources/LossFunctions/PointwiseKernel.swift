/// A loss of one input x against one target t, with its first and second derivative in x.
/// Each function takes (x, t, parameters) and returns NaN where the loss is undefined.
public struct PointwiseKernel: Sendable {
    /// f(x, t, parameters): x the swept input, t the target or label; NaN outside the domain.
    public typealias Function = @Sendable (Double, Double, ParameterValues) -> Double
    /// A function of one variable and the parameters: ψ(u), ψ'(u), ψ''(u).
    public typealias Profile = @Sendable (Double, ParameterValues) -> Double

    /// The loss.
    public let value: Function
    /// Its first derivative in x.
    public let first: Function
    /// Its second derivative in x.
    public let second: Function

    /// The value and both derivatives at once, for a kernel that computes them together (a formula's
    /// dual numbers): a sweep with derivative panels makes one pass instead of three.
    public let all: (@Sendable (Double, Double, ParameterValues) -> (value: Double, first: Double, second: Double))?

    /// A kernel from its three functions of (x, t, parameters), and optionally one giving all three.
    public init(value: @escaping Function, first: @escaping Function, second: @escaping Function,
                all: (@Sendable (Double, Double, ParameterValues) -> (value: Double, first: Double, second: Double))? = nil) {
        self.value = value
        self.first = first
        self.second = second
        self.all = all
    }

    /// A distance loss ψ(r) of the residual r = x - t; the derivatives in x are ψ'(r) and ψ''(r).
    public static func distance(_ psi: @escaping Profile, _ dpsi: @escaping Profile, _ d2psi: @escaping Profile) -> PointwiseKernel {
        PointwiseKernel(value: { x, t, p in psi(x - t, p) },
                        first: { x, t, p in dpsi(x - t, p) },
                        second: { x, t, p in d2psi(x - t, p) })
    }

    /// A margin loss ψ(y x) of a score x and a label y taken as it is: the derivatives in x are
    /// y ψ'(y x) and y² ψ''(y x).
    public static func margin(_ psi: @escaping Profile, _ dpsi: @escaping Profile, _ d2psi: @escaping Profile) -> PointwiseKernel {
        PointwiseKernel(value: { x, y, p in psi(y * x, p) },
                        first: { x, y, p in y * dpsi(y * x, p) },
                        second: { x, y, p in y * y * d2psi(y * x, p) })
    }
}

extension LossKernel {
    /// A distance loss ψ(r) of the residual r = x - t.
    public static func distance(_ psi: @escaping PointwiseKernel.Profile, _ dpsi: @escaping PointwiseKernel.Profile,
                                _ d2psi: @escaping PointwiseKernel.Profile) -> LossKernel {
        .pointwise(.distance(psi, dpsi, d2psi))
    }

    /// A margin loss ψ(y x) of a score x and a label y.
    public static func margin(_ psi: @escaping PointwiseKernel.Profile, _ dpsi: @escaping PointwiseKernel.Profile,
                              _ d2psi: @escaping PointwiseKernel.Profile) -> LossKernel {
        .pointwise(.margin(psi, dpsi, d2psi))
    }

    /// A loss of (x, t) with its derivatives in x.
    public static func pointwise(value: @escaping PointwiseKernel.Function, first: @escaping PointwiseKernel.Function,
                                 second: @escaping PointwiseKernel.Function) -> LossKernel {
        .pointwise(PointwiseKernel(value: value, first: first, second: second))
    }
}
