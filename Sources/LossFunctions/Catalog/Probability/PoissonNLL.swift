import Platform

extension LossDefinition {
    /// PyTorch's Poisson negative log-likelihood on a log-rate: e^x - t x.
    public static let poissonNLL = LossDefinition(
        name: "poisson-nll", aliases: ["poisson-nll-loss"], family: .probability,
        x: "predicted log-rate x = log λ for a count t",
        formula: "exp(x) - t x (PyTorch log_input=True; the Stirling term of full=True left out)",
        targetDomain: .nonNegative,
        kernel: .pointwise(
            value: { x, t, _ in exp(x) - t * x },
            first: { x, t, _ in exp(x) - t },
            second: { x, _, _ in exp(x) }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true)
        },
        conventions: "PyTorch PoissonNLLLoss with its defaults (log_input=True, full=False); Keras's poisson takes the rate itself (loss-plot poisson)",
        source: "torch.nn.PoissonNLLLoss; LossFunctions.jl PoissonLoss",
        figure: FigureDefaults(range: [-3, 3], samples: 301, targets: [1, 2], xLabel: "log-rate log λ"))
}
