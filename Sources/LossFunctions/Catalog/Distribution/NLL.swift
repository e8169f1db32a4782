extension LossDefinition {
    /// The negative log-likelihood of a row of log-probabilities: minus the entry of the class.
    public static let nll = LossDefinition(
        name: "nll", aliases: ["nll-loss", "negative-log-likelihood"], family: .distribution,
        x: "log-probability log p_0 of the first class, the other log-probabilities fixed (--rest)",
        formula: "-x_k for log-probabilities x and a class k",
        inputDomain: .nonPositive, targetDomain: .classIndex,
        kernel: .row(RowKernel(
            input: .logits, target: .classIndex,
            value: { x, k, _ in
                guard case .classIndex(let c) = k, c < x.count else { return .nan }
                return -x[c]
            },
            gradient: { x, k, _, g in
                for i in x.indices { g[i] = -k.weight(i) }
            },
            curvature: { _, _, _, _ in 0 })),
        properties: { _, target in
            guard case .row(.classIndex(let k)) = target, k != 0 else {
                return LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: true,
                                      twiceDifferentiable: true)
            }
            // Another class's entry stays fixed: a constant, the figure's rest entry.
            let fixed = k - 1 < nllRest.count ? -nllRest[k - 1] : 0
            return LossProperties(convex: true, strictlyConvex: false, lipschitz: 0, bounded: fixed, differentiable: true,
                                  twiceDifferentiable: true)
        },
        conventions: "PyTorch NLLLoss: eval takes rows of log-probabilities and class indices, with no check that they are log-probabilities",
        source: "torch.nn.NLLLoss; mlx.nn.losses.nll_loss",
        figure: FigureDefaults(range: [-5, 0], samples: 200, targets: [0], rest: nllRest, xLabel: "log-probability log p_y"))

    /// The other log-probabilities of the figure: log 0.3 and log 0.2.
    static let nllRest = [-1.2039728043259361, -1.6094379124341003]
}
