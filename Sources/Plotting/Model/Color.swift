/// An sRGB colour with alpha, each channel in [0, 1].
public struct Color: Sendable, Hashable {
    /// The red channel, in [0, 1] (sRGB, not linear light).
    public var red: Double
    /// The green channel, in [0, 1] (sRGB).
    public var green: Double
    /// The blue channel, in [0, 1] (sRGB).
    public var blue: Double
    /// The opacity, in [0, 1]: 0 transparent, 1 opaque (not premultiplied).
    public var alpha: Double

    /// A colour from sRGB channels and an opacity, each in [0, 1]; values outside are clamped when drawn.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 0xRRGGBB literal.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// `#rrggbb`, as SVG and CSS write it.
    public var hexString: String {
        func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        return "#" + [red, green, blue].map { String(format2: byte($0)) }.joined()
    }

    /// Black, 0x000000.
    public static let black = Color(hex: 0x000000)
    /// White, 0xFFFFFF.
    public static let white = Color(hex: 0xFFFFFF)

    /// A colour as matplotlib reads one, case aside: its one-letter base colours, `C0` to `C9`,
    /// `tab:blue` and the other Tableau names, the CSS / X11 names (gold, teal, cornflowerblue, ...)
    /// and `#rrggbb`; also "vermillion" and "sky", two of Okabe and Ito's colours.
    public static func named(_ name: String) -> Color? {
        if let hex = NamedColors.base[name] { return Color(hex: hex) }
        let key = name.lowercased()
        if key.count == 2, key.hasPrefix("c"), let k = Int(key.dropFirst()) { return Color(hex: NamedColors.tableau[k].hex) }
        if let entry = NamedColors.tableau.first(where: { $0.name == key || $0.name == key.replacing("grey", with: "gray") }) {
            return Color(hex: entry.hex)
        }
        if let hex = NamedColors.css[key] { return Color(hex: hex) }
        switch key {
        case "vermillion": return Color(hex: 0xD55E00)
        case "sky": return Color(hex: 0x56B4E9)
        default: break
        }
        if key.hasPrefix("#"), key.count == 7, key.dropFirst().allSatisfy(\.isHexDigit), let v = UInt32(key.dropFirst(), radix: 16) {
            return Color(hex: v)
        }
        return nil
    }
}

extension String {
    /// Two lower-case hex digits.
    init(format2 value: Int) {
        let s = String(value, radix: 16)
        self = s.count == 1 ? "0" + s : s
    }
}
