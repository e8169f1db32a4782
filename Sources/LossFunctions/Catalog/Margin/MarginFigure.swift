extension FigureDefaults {
    /// The margin view of textbooks (ESL Figure 10.4, scikit-learn's SGD figure): m in [-2, 2], label y = 1;
    /// 801 samples, as the gallery's margin figure, so that the kinks at 0, ±1 are samples and the
    /// zero-one step rises within a pixel.
    static let margin = FigureDefaults(range: [-2, 2], samples: 801, targets: [1], xLabel: "margin y·f(x)")
}
