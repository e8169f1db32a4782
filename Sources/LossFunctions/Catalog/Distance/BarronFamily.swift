extension LossDefinition {
    /// Barron's general and adaptive robust loss, with its limits taken exactly.
    public static let barron = LossDefinition(
        name: "barron", aliases: ["general-robust"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.alpha, default: 1, figure: [-.infinity, -2, 0, 1, 2],
                                   range: ParameterRange(lower: -.infinity, upper: .infinity, lowerOpen: true, upperOpen: true,
                                                         allowsNegativeInfinity: true)),
                     ParameterSpec(.delta, default: 1, range: .positive, symbol: "c")],
        formula: "|a-2|/a (((r/c)^2/|a-2| + 1)^(a/2) - 1), limits at a = 2, 0, -inf (a = alpha, c = delta)",
        kernel: .distance(
            { r, p in Barron.value(r, alpha: p[.alpha], scale: p[.delta]) },
            { r, p in Barron.derivative(r, alpha: p[.alpha], scale: p[.delta]) },
            { r, p in Barron.secondDerivative(r, alpha: p[.alpha], scale: p[.delta]) }),
        properties: { p, _ in Barron.properties(alpha: p[.alpha], scale: p[.delta]) },
        conventions: "alpha = 2: L2/2; 1: Charbonnier; 0: Cauchy; -2: Geman-McClure; -inf: Welsch (Barron's reference code)",
        source: "Barron, 'A General and Adaptive Robust Loss Function', CVPR 2019; jonbarron/robust_loss_pytorch general.py",
        figure: FigureDefaults(range: [-6, 6], samples: 1201))

    /// A member of Barron's family at a fixed alpha, with its scale c as delta.
    static func barronMember(_ name: String, alpha: Double, formula: String) -> LossDefinition {
        LossDefinition(
            name: name, family: .distance,
            x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
            parameters: [ParameterSpec(.delta, default: 1, figure: [0.5, 1, 2], range: .positive, symbol: "c")],
            formula: formula,
            kernel: .distance(
                { r, p in Barron.value(r, alpha: alpha, scale: p[.delta]) },
                { r, p in Barron.derivative(r, alpha: alpha, scale: p[.delta]) },
                { r, p in Barron.secondDerivative(r, alpha: alpha, scale: p[.delta]) }),
            properties: { p, _ in Barron.properties(alpha: alpha, scale: p[.delta]) },
            conventions: "Barron's family at alpha = \(ShortNumber.format(alpha)), scale c = delta",
            source: "Barron, 'A General and Adaptive Robust Loss Function', CVPR 2019",
            // Out to six times the middle scale, where the redescending members flatten out.
            figure: FigureDefaults(range: [-6, 6], samples: 1201))
    }

    /// √((r/c)² + 1) - 1: Barron's alpha = 1.
    public static let charbonnier = barronMember("charbonnier", alpha: 1, formula: "sqrt((r/c)^2 + 1) - 1 (Barron a = 1)")
    /// log((r/c)²/2 + 1): Barron's alpha = 0.
    public static let cauchy = barronMember("cauchy", alpha: 0, formula: "log((r/c)^2/2 + 1) (Barron a = 0)")
    /// 2(r/c)²/((r/c)² + 4): Barron's alpha = -2.
    public static let gemanMcClure = barronMember("geman-mcclure", alpha: -2, formula: "2 (r/c)^2 / ((r/c)^2 + 4) (Barron a = -2)")
    /// 1 - exp(-(r/c)²/2): Barron's alpha = -inf.
    public static let welsch = barronMember("welsch", alpha: -.infinity, formula: "1 - exp(-(r/c)^2/2) (Barron a = -inf)")
}
