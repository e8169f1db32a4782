import ArgumentParser
import Plotting

/// The `--theme` values.
public enum ThemeChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case light
    case dark

    var theme: Theme {
        switch self {
        case .light: .light
        case .dark: .dark
        }
    }
}
