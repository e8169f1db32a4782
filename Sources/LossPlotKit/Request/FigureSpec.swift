import LossFunctions
import Plotting

/// A whole figure as data: the sweep, the curves, and how the axes look. Codable, so the
/// article's set and a user's manifest share one form.
public struct FigureSpec: Codable, Sendable, Equatable {
    /// The file name, without extension.
    public var name: String
    /// The title above the panels (Pango markup allowed).
    public var title: String?
    /// The x axis label.
    public var xLabel: String?
    /// The y axis label (default "loss").
    public var yLabel: String?
    /// The swept interval [lower, upper]; a manifest may leave it out for the losses' default range.
    public var range: [Double]
    /// How many points the sweep takes, 2 to 100,000,000; a manifest may leave it out for the
    /// losses' default.
    public var samples: Int
    /// The curves, in legend order.
    public var curves: [CurveSpec]
    /// Fixed x limits [LO, HI]; lines are clipped there.
    public var xLimits: [Double]?
    /// Fixed y limits [LO, HI].
    public var yLimits: [Double]?
    /// matplotlib's legend position name, or "none".
    public var legend: String?
    /// Whether a grid is drawn at the ticks.
    public var grid: Bool?
    /// Adds a panel of the first derivatives beside the losses (the short form of `derivatives: [1]`).
    public var gradient: Bool?
    /// The orders of the derivatives drawn in panels beside the losses (1, 2, or both).
    public var derivatives: [Int]?
    /// [width, height] in pixels.
    public var size: [Double]?
    /// How many panels a row holds, for small multiples.
    public var columns: Int?
    /// A colour bar for curves coloured by a parameter, instead of a legend.
    public var colorBar: ColorBarSpec?
    /// The axes' scales: "linear" (the default), "log", "symlog" or "logit".
    public var xScale: String?
    /// The y axis's scale, by the same names.
    public var yScale: String?
    /// Where a symlog axis turns from linear to logarithmic (default 1).
    public var linthresh: Double?
    /// Reference lines across the plot area, at these y and x values.
    public var hLines: [Double]?
    /// Vertical reference lines at these x values.
    public var vLines: [Double]?
    /// Shaded x spans.
    public var spans: [Span]?
    /// The colours curves without their own take in turn: "default", "tab10" or "okabe-ito".
    public var palette: String?

    /// A figure of these curves over `range` ([LO, HI]) with `samples` points; every other field optional.
    public init(name: String, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                range: [Double], samples: Int, curves: [CurveSpec], xLimits: [Double]? = nil,
                yLimits: [Double]? = nil, legend: String? = nil, grid: Bool? = nil, gradient: Bool? = nil,
                derivatives: [Int]? = nil, size: [Double]? = nil, columns: Int? = nil, colorBar: ColorBarSpec? = nil,
                xScale: String? = nil, yScale: String? = nil, linthresh: Double? = nil,
                hLines: [Double]? = nil, vLines: [Double]? = nil, spans: [Span]? = nil) {
        self.name = name
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.range = range
        self.samples = samples
        self.curves = curves
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.legend = legend
        self.grid = grid
        self.gradient = gradient
        self.derivatives = derivatives
        self.size = size
        self.columns = columns
        self.colorBar = colorBar
        self.xScale = xScale
        self.yScale = yScale
        self.linthresh = linthresh
        self.hLines = hLines
        self.vLines = vLines
        self.spans = spans
    }

    /// The derivative orders asked for, in increasing order, by `derivatives` or `gradient`.
    public var derivativeOrders: [Int] {
        var orders = Set(derivatives ?? [])
        if gradient == true { orders.insert(1) }
        return orders.sorted()
    }
}

extension FigureSpec {
    /// Reads a manifest's figure: `name` and `curves` are required; a missing `range`, `samples` or
    /// `xLabel` takes the curves' losses' defaults, as `loss-plot LOSS...` does.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        curves = try c.decode([CurveSpec].self, forKey: .curves)
        let sweep = curves.isEmpty ? (range: [-1.0, 1.0], samples: 100) : LossDefaults.sweep(for: curves.map(\.loss))
        range = try c.decodeIfPresent([Double].self, forKey: .range) ?? sweep.range
        samples = try c.decodeIfPresent(Int.self, forKey: .samples) ?? sweep.samples
        title = try c.decodeIfPresent(String.self, forKey: .title)
        xLabel = try c.decodeIfPresent(String.self, forKey: .xLabel) ?? (curves.isEmpty ? nil : LossDefaults.inputName(curves.map(\.loss)))
        yLabel = try c.decodeIfPresent(String.self, forKey: .yLabel)
        xLimits = try c.decodeIfPresent([Double].self, forKey: .xLimits)
        yLimits = try c.decodeIfPresent([Double].self, forKey: .yLimits)
        legend = try c.decodeIfPresent(String.self, forKey: .legend)
        grid = try c.decodeIfPresent(Bool.self, forKey: .grid)
        gradient = try c.decodeIfPresent(Bool.self, forKey: .gradient)
        derivatives = try c.decodeIfPresent([Int].self, forKey: .derivatives)
        size = try c.decodeIfPresent([Double].self, forKey: .size)
        columns = try c.decodeIfPresent(Int.self, forKey: .columns)
        colorBar = try c.decodeIfPresent(ColorBarSpec.self, forKey: .colorBar)
        xScale = try c.decodeIfPresent(String.self, forKey: .xScale)
        yScale = try c.decodeIfPresent(String.self, forKey: .yScale)
        linthresh = try c.decodeIfPresent(Double.self, forKey: .linthresh)
        hLines = try c.decodeIfPresent([Double].self, forKey: .hLines)
        vLines = try c.decodeIfPresent([Double].self, forKey: .vLines)
        spans = try c.decodeIfPresent([Span].self, forKey: .spans)
        palette = try c.decodeIfPresent(String.self, forKey: .palette)
    }
}
