/// The commands of the maths subset (`$\alpha$`, `$\log$`, ...) and how each is set: the
/// characters drawn and the TeX class that decides the spacing around them.
enum MathSymbols {
    /// TeX's atom classes, as far as this subset spaces them.
    enum Kind: Equatable {
        case ordinary, binary, relation, open, close, punctuation, function
        /// Explicit space (`\,`), which TeX's spacing rules look past.
        case space
    }

    /// What a command draws.
    struct Symbol {
        let text: String
        let kind: Kind
        /// Lower-case Greek is italic as in TeX and matplotlib; capitals and symbols are upright.
        let italic: Bool

        init(_ text: String, _ kind: Kind = .ordinary, italic: Bool = false) {
            self.text = text
            self.kind = kind
            self.italic = italic
        }
    }

    /// Lower-case Greek letters; `\epsilon` and `\varepsilon` are both ε, as matplotlib draws them.
    static let lowerGreek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
        "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
        "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    ]

    /// Upper-case Greek letters, drawn upright.
    static let upperGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Operator names drawn upright, with a thin space before an ordinary symbol (`\log x`).
    static let functions = ["log", "exp", "ln", "min", "max", "sin", "cos", "tan", "tanh", "arg", "sup", "inf"]

    /// Symbols, operators and relations.
    static let others: [String: Symbol] = [
        "ell": Symbol("ℓ", italic: false), "infty": Symbol("∞"), "partial": Symbol("∂"), "nabla": Symbol("∇"),
        "sum": Symbol("∑", .function), "prod": Symbol("∏", .function),
        "|": Symbol("‖"), "Vert": Symbol("‖"), "vert": Symbol("|"),
        "cdot": Symbol("⋅", .binary), "times": Symbol("×", .binary), "pm": Symbol("±", .binary),
        "leq": Symbol("≤", .relation), "le": Symbol("≤", .relation), "geq": Symbol("≥", .relation),
        "ge": Symbol("≥", .relation), "neq": Symbol("≠", .relation), "ne": Symbol("≠", .relation),
        "approx": Symbol("≈", .relation), "sim": Symbol("∼", .relation), "propto": Symbol("∝", .relation),
        "to": Symbol("→", .relation), "rightarrow": Symbol("→", .relation), "in": Symbol("∈", .relation),
        "{": Symbol("{", .open), "}": Symbol("}", .close),
        "$": Symbol("$"), "%": Symbol("%"), "_": Symbol("_"), "#": Symbol("#"), "&": Symbol("&"),
    ]

    /// Spacing commands, in matplotlib's widths: `\,` 1/6 em, `\:` and `\>` 2/9 em, `\;` 1/4 em,
    /// `\ ` a space, `\quad` 1 em.
    static let spaces: [String: String] = [
        ",": "\u{2006}", ":": "\u{205F}", ">": "\u{205F}", ";": "\u{2005}", " ": " ", "quad": "\u{2003}",
    ]

    /// Combining accents, by command.
    static let accents: [String: Character] = ["hat": "\u{0302}", "bar": "\u{0304}", "tilde": "\u{0303}"]

    /// The list named in the refusal of an unknown command.
    static let summary = #"supported: Greek letters \alpha to \omega and \Gamma to \Omega, \ell, \|, \sum, \cdot, \times, \pm, \leq, \geq, \neq, \approx, \infty, \partial, \log, \exp, \min, \max, \hat{}, \bar{}, \tilde{}, \mathrm{}, \left( \right), \, \; \quad; the list is in `loss-plot plot --help`"#

    /// The character class of a plain character in maths.
    static func kind(of character: Character) -> Kind {
        switch character {
        case "+", "-", "*": return .binary
        case "=", "<", ">", ":": return .relation
        case "(", "[": return .open
        case ")", "]", "!": return .close
        case ",", ";": return .punctuation
        default: return .ordinary
        }
    }

    /// How a plain character is drawn in maths: the minus sign for `-`, the prime for `'`.
    static func shown(_ character: Character) -> String {
        switch character {
        case "-": return "\u{2212}"
        case "*": return "\u{2217}"
        case "'": return "\u{2032}"
        case "~": return " "
        default: return String(character)
        }
    }
}
