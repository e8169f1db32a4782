/// A whole figure as data: the sweep, the curves, and how the axes look. Codable, so the
/// article's set and a user's manifest share one form.
public struct FigureSpec: Codable, Sendable, Equatable {
    /// The file name, without extension.
    public var name: String
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// The swept interval [lower, upper].
    public var range: [Double]
    public var samples: Int
    public var curves: [CurveSpec]
    public var xLimits: [Double]?
    public var yLimits: [Double]?
    /// matplotlib's legend position name, or "none".
    public var legend: String?
    public var grid: Bool?
    /// Adds a panel of the derivatives beside the losses.
    public var gradient: Bool?
    /// [width, height] in pixels.
    public var size: [Double]?
    /// How many panels a row holds, for small multiples.
    public var columns: Int?
    /// A colour bar for curves coloured by a parameter, instead of a legend.
    public var colorBar: ColorBarSpec?

    public init(name: String, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                range: [Double], samples: Int, curves: [CurveSpec], xLimits: [Double]? = nil,
                yLimits: [Double]? = nil, legend: String? = nil, grid: Bool? = nil, gradient: Bool? = nil,
                size: [Double]? = nil, columns: Int? = nil, colorBar: ColorBarSpec? = nil) {
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
        self.size = size
        self.columns = columns
        self.colorBar = colorBar
    }
}
