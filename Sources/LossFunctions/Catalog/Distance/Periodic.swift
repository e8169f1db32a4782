import Platform

extension LossDefinition {
    /// 1 - cos(2πr/c): a loss for angles and other residuals on a circle of circumference c.
    public static let periodic = LossDefinition(
        name: "periodic", family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.period, default: 1, figure: [1, 2], range: .positive)],
        formula: "1 - cos(2 pi r / c), c = period",
        kernel: .distance(
            { r, p in 1 - cos(2 * Double.pi * turns(r, p[.period])) },
            { r, p in 2 * Double.pi / p[.period] * sin(2 * Double.pi * turns(r, p[.period])) },
            { r, p in
                let w = 2 * Double.pi / p[.period]
                return w * w * cos(2 * Double.pi * turns(r, p[.period]))
            }),
        properties: { p, _ in
            // sup |ψ'| = 2π/c at r = c/4; sup ψ = 2 at r = c/2.
            LossProperties(convex: false, strictlyConvex: false, lipschitz: 2 * Double.pi / p[.period], bounded: 2,
                           differentiable: true, twiceDifferentiable: true, symmetric: true)
        },
        conventions: "LossFunctions.jl's PeriodicLoss, circumference c = 1 (its default); it is symmetric, though "
            + "LossFunctions.jl does not declare it so",
        source: "LossFunctions.jl PeriodicLoss",
        figure: FigureDefaults(range: [-2, 2], samples: 401))

    /// r/c reduced to (-1, 1) exactly (fmod is exact), so that whole periods of a large residual give 0.
    @usableFromInline
    static func turns(_ r: Double, _ c: Double) -> Double {
        (r / c).truncatingRemainder(dividingBy: 1)
    }
}
