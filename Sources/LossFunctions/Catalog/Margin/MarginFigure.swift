extension FigureDefaults {
    /// The margin view of textbooks (ESL Figure 10.4, scikit-learn's SGD figure): m in [-2, 2], label y = 1.
    static let margin = FigureDefaults(range: [-2, 2], samples: 401, targets: [1], xLabel: "margin y·f(x)")
}
