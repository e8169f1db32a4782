import Platform
import Plotting
#if canImport(Glibc)
import Glibc
#endif

/// `--terminal`: the figure as a braille chart, as wide as the terminal, coloured when standard
/// output is a terminal and NO_COLOR is not set.
enum TerminalOutput {
    static func chart(_ figure: Figure) -> String {
        let environment = ProcessInfo.processInfo.environment
        let color = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
        return TerminalChart(figure: figure, columns: width(environment), rows: nil, color: color).render()
    }

    /// COLUMNS when set, else the terminal's width, else 80; never more than 1000.
    static func width(_ environment: [String: String]) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return min(columns, 1000) }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return min(Int(size.ws_col), 1000) }
        return 80
    }
}
