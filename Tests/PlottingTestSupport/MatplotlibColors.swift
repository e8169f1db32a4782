import Plotting

extension Color {
    /// matplotlib's 'b', 0x0000FF: the cookbook's figures use these.
    public static let matplotlibBlue = Color(hex: 0x0000FF)
    /// matplotlib's 'r', 0xFF0000.
    public static let matplotlibRed = Color(hex: 0xFF0000)
    /// matplotlib's 'g', 0x008000.
    public static let matplotlibGreen = Color(hex: 0x008000)
}
