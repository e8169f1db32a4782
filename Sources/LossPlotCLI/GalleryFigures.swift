/// The textbook gallery's figures (../shared/GALLERY.md) that the catalog's losses already draw.
public enum GalleryFigures {
    /// -log p against p on a log x axis: a straight line, slope -ln 10 a decade.
    public static let logLossLogScale = FigureSpec(
        name: "log-loss-log-scale", title: "−log p is a straight line on a log axis", xLabel: "predicted probability p",
        yLabel: "loss", range: [1e-6, 1], samples: 200,
        curves: [CurveSpec(loss: "binary-cross-entropy", label: "binary cross-entropy, t = 1", target: 1)],
        legend: "upper right", grid: true, xScale: "log")

    /// The M-estimators of robust statistics, ρ beside its influence function ψ = ρ′, at the constants
    /// that give 95% efficiency under normal errors (Huber 1.345, Cauchy 2.3849, Tukey 4.685, Welsch
    /// 2.9846; Geman-McClure has none, c = 1). Each ρ is the catalog's, so Cauchy, Geman-McClure and
    /// Welsch are Barron's normalisations of them.
    public static let redescending = FigureSpec(
        name: "redescending-losses", title: "Robust M-estimators: ρ and its influence function ψ = ρ′", xLabel: "residual r",
        yLabel: "ρ(r)", range: [-6, 6], samples: 1000,
        curves: [
            CurveSpec(loss: "huber", label: "Huber (c = 1.345)", parameters: [.delta: 1.345]),
            CurveSpec(loss: "cauchy", label: "Cauchy (c = 2.3849)", parameters: [.delta: 2.3849]),
            CurveSpec(loss: "tukey", label: "Tukey biweight (c = 4.685)", parameters: [.delta: 4.685]),
            CurveSpec(loss: "welsch", label: "Welsch (c = 2.9846)", parameters: [.delta: 2.9846]),
            CurveSpec(loss: "geman-mcclure", label: "Geman-McClure (c = 1)", parameters: [.delta: 1]),
        ],
        legend: "upper center", gradient: true)

    /// In the order `batch` renders them, after the article's and Barron's.
    public static let figures = [logLossLogScale, redescending]
}
