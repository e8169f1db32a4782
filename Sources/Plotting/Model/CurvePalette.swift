/// The colours curves take in turn when none is given, one list for light backgrounds and one
/// for dark ones (the same colours, each lightened where it was too dark to see on the dark theme).
public struct CurvePalette: Sendable, Hashable {
    /// The name `--palette` and a manifest's `palette` take.
    public let name: String
    /// The colours on a light background, in the order curves take them.
    public let colors: [Color]
    /// The same colours on a dark background: each below 4:1 WCAG contrast against the dark
    /// theme's #1E1E1E lightened in CIELAB (L* raised, a* and b* kept) until it reaches 4:1,
    /// and black drawn in the dark theme's foreground (docs/palettes.py computes them).
    public let darkColors: [Color]

    init(name: String, colors: [UInt32], darkColors: [UInt32]) {
        precondition(colors.count == darkColors.count)
        self.name = name
        self.colors = colors.map { Color(hex: $0) }
        self.darkColors = darkColors.map { Color(hex: $0) }
    }

    /// The colours curves take on this theme's background.
    public func colors(on theme: Theme) -> [Color] {
        theme.isDark ? darkColors : colors
    }

    /// loss-plot's default: the eight colours it has always drawn first (Okabe and Ito's), then
    /// twelve more from Kelly's colours of maximum contrast and matplotlib's tab20, each the one
    /// farthest (CIEDE2000) from those before it, so that 20 curves take 20 distinct colours.
    public static let standard = CurvePalette(
        name: "default",
        colors: [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442, 0xBE0032, 0x654522,
                 0x604E97, 0x2B3D26, 0xF99379, 0x8DB600, 0xC2B280, 0xC5B0D5, 0x8C564B, 0xB3446C, 0x2CA02C, 0x17BECF],
        darkColors: [0x2B82C3, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0xE6E6E6, 0xF0E442, 0xE53B4E, 0x9B7650,
                     0x8570BD, 0x6E8268, 0xF99379, 0x8DB600, 0xC2B280, 0xC5B0D5, 0xA76E62, 0xC7567D, 0x2CA02C, 0x17BECF])

    /// matplotlib's default colour cycle (Tableau 10, `C0` to `C9`).
    public static let tab10 = CurvePalette(
        name: "tab10",
        colors: [0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF],
        darkColors: [0x3182C0, 0xFF7F0E, 0x2CA02C, 0xE73A34, 0x9669BF, 0xA76E62, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF])

    /// Okabe and Ito's eight colours, told apart with any colour vision (M. Okabe and K. Ito,
    /// "Color Universal Design", 2008, https://jfly.uni-koeln.de/color/; B. Wong, Nature Methods
    /// 8:441, 2011), in their order with black last, as plotting libraries cycle them.
    public static let okabeIto = CurvePalette(
        name: "okabe-ito",
        colors: [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000],
        darkColors: [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x2B82C3, 0xD55E00, 0xCC79A7, 0xE6E6E6])

    /// Every palette, the default first.
    public static let all: [CurvePalette] = [.standard, .tab10, .okabeIto]

    /// The palettes' names as a sentence lists them: "default, tab10 or okabe-ito".
    public static var namesText: String {
        let names = all.map(\.name)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The palette of this name, or nil.
    public static func named(_ name: String) -> CurvePalette? {
        all.first { $0.name == name }
    }
}
