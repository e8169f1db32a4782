import Testing
@testable import Plotting

/// The expected markup is written by hand from the rules, not taken from the code: at a 10 px
/// font a superscript rises 845.824/2048 em = 4229 Pango units (matplotlib's DejaVu Sans sup1),
/// a subscript drops 307.199/2048 em = 1536 units (sub1), or 632.832/2048 em = 3164 under a
/// superscript (sub2); a script is 70% of its base, a script's script 49%; operators and
/// relations get 0.2 em (U+2009) each side on the main line, `\,` 1/6 em (U+2006).
@Suite("Maths in labels: $...$ as Pango markup")
struct MathTextTests {
    static let thin = "\u{2009}"
    static let sixth = "\u{2006}"

    static let cases: [(String, String)] = [
        ("$x$", "<i>x</i>"),
        ("$xy2$", "<i>xy</i>2"),
        ("$x^2$", #"<i>x</i><span size="70%" rise="4229">2</span>"#),
        ("$x_i$", #"<i>x</i><span size="70%" rise="-1536"><i>i</i></span>"#),
        ("$x_{ij}$", #"<i>x</i><span size="70%" rise="-1536"><i>ij</i></span>"#),
        ("$x_i^2$", #"<i>x</i><span size="70%" rise="-3164"><i>i</i></span><span size="70%" rise="4229">2</span>"#),
        ("$e^{-x}$", #"<i>e</i><span size="70%" rise="4229">−<i>x</i></span>"#),
        // 4229.12 + 0.7 × 4229.12 = 7189.5 units for the script's script.
        ("$e^{-x^2}$", #"<i>e</i><span size="70%" rise="4229">−<i>x</i></span><span size="49%" rise="7190">2</span>"#),
        ("$\\delta=0.5$", "<i>δ</i>\(thin)=\(thin)0.5"),
        ("$r = \\hat{y} - y$", "<i>r</i>\(thin)=\(thin)<i>ŷ</i>\(thin)−\(thin)<i>y</i>"),
        ("$-x$", "−<i>x</i>"),
        ("$\\hat{x}$", "<i>x\u{0302}</i>"),
        ("$\\hat{\\theta}$", "<i>θ\u{0302}</i>"),
        ("$\\mathrm{MSE}_\\mathrm{val}$", #"MSE<span size="70%" rise="-1536">val</span>"#),
        ("$\\log x$", "log\(sixth)<i>x</i>"),
        ("$\\exp(x)$", "exp(<i>x</i>)"),
        ("$\\sum_i x_i$", #"∑<span size="70%" rise="-1536"><i>i</i></span>"# + sixth + #"<i>x</i><span size="70%" rise="-1536"><i>i</i></span>"#),
        ("$a \\cdot b$", "<i>a</i>\(thin)⋅\(thin)<i>b</i>"),
        ("$\\|w\\|^2$", #"‖<i>w</i>‖<span size="70%" rise="4229">2</span>"#),
        ("$\\ell_\\delta(r)$", #"ℓ<span size="70%" rise="-1536"><i>δ</i></span>(<i>r</i>)"#),
        ("$\\alpha\\beta\\gamma\\epsilon\\varepsilon\\theta\\lambda\\mu\\sigma\\tau\\phi\\psi\\rho\\omega$", "<i>αβγεεθλμστϕψρω</i>"),
        ("$\\Delta\\Sigma\\Phi$", "ΔΣΦ"),
        ("$a < b > c$", "<i>a</i>\(thin)&lt;\(thin)<i>b</i>\(thin)&gt;\(thin)<i>c</i>"),
        ("$a \\& b$", "<i>a</i>&amp;<i>b</i>"),
        ("$a\\,b\\ c$", "<i>a</i>\(sixth)<i>b</i> <i>c</i>"),
        ("$\\left(a+b\\right)$", "(<i>a</i>\(thin)+\(thin)<i>b</i>)"),
        ("$f(x, y)$", "<i>f</i>(<i>x</i>,\(thin)<i>y</i>)"),
        ("costs \\$5, $x$", "costs $5, <i>x</i>"),
        ("$\\$$", "$"),
        ("<b>Huber</b> $\\delta$", "<b>Huber</b> <i>δ</i>"),
        ("$$", ""),
        // Found by fuzz-maths: a combining mark after & made one Character of the two, left unescaped.
        ("$&\u{06E3}$", "&amp;\u{06E3}"),
        ("$<\u{0301}$", "&lt;\u{0301}"),
    ]

    @Test("each construct gives the markup the rules say", arguments: cases)
    func construct(_ text: String, _ expected: String) throws {
        #expect(try MathText.markup(text, fontSize: 10) == expected)
    }

    @Test("shifts scale with the font: 20 px doubles them")
    func fontSize() throws {
        #expect(try MathText.markup("$x^2$", fontSize: 20) == #"<i>x</i><span size="70%" rise="8458">2</span>"#)
    }

    @Test("a text without $ is returned as it is, markup, backslashes and all")
    func noMaths() throws {
        for text in ["huber", "<b>a</b> &amp; b", "a < b", #"\alpha \{"#, ""] {
            #expect(try MathText.markup(text, fontSize: 10) == text)
        }
    }

    @Test("the plain part is escaped when asked, as for a text that is not valid markup")
    func escapedOutside() throws {
        #expect(try MathText.markup("a < b & $x$", fontSize: 10, outsideIsMarkup: false) == "a &lt; b &amp; <i>x</i>")
        #expect(try MathText.markup("<b>a</b>", fontSize: 10, outsideIsMarkup: false) == "&lt;b&gt;a&lt;/b&gt;")
    }

    static let refusals: [(String, String)] = [
        (#"$\foo$"#, #"unknown command \foo in maths (supported: Greek letters"#),
        (#"$\alpah$"#, #"unknown command \alpah in maths"#),
        // Found by fuzz-maths: a backslash before a line break named a command of two lines.
        ("$\\\noo$", #"unknown command \U+000A in maths"#),
        ("$\\\u{200B}$", #"unknown command \U+200B in maths"#),
        // Found by fuzz-maths: a NUL in maths cut Pango's reading of the markup inside a span.
        ("$x^{2\0}$", "a control character U+0000 in maths"),
        ("$x^$", "^ with nothing after it in maths"),
        ("$x_$", "_ with nothing after it in maths"),
        ("${x^}$", "^ with nothing after it in maths"),
        ("$x^2^3$", "a second ^ on one symbol in maths: write {x^a}^b"),
        ("$x_1_2$", "a second _ on one symbol in maths: write {x_a}_b"),
        ("${x$", "unbalanced braces in maths: a { without its }"),
        ("$x}$", "unbalanced braces in maths: a } without its {"),
        ("$x$ costs $5", #"an odd number of $ (maths goes between two $; write \$ for a dollar sign)"#),
        (#"$\frac{a}{b}$"#, #"\frac is not supported in labels: write a/b, or \left(a\right)/b"#),
        (#"$\hat{xy}$"#, #"\hat takes one symbol in maths, as \hat{y}"#),
        (#"$\hat$"#, #"\hat with nothing after it in maths"#),
        (#"$\mathrm$"#, #"\mathrm with nothing after it in maths"#),
        (#"$\left<$"#, #"\left takes a delimiter in maths: ( ) [ ] | \| \{ \} or .; not <"#),
        ("$x\\$", #"an odd number of $"#),
        (String(repeating: "{", count: 20) + "$", "an odd number of $"),
        ("$" + String(repeating: "{", count: 20) + "x" + String(repeating: "}", count: 20) + "$",
         "braces and scripts nested more than 12 deep in maths"),
    ]

    @Test("maths that cannot be drawn is refused, naming what is wrong", arguments: refusals)
    func refusal(_ text: String, _ reason: String) {
        #expect {
            try MathText.check(text)
        } throws: { error in
            "\(error)".hasPrefix(reason)
        }
    }

    @Test("the terminal shows the maths' characters, without markup")
    func terminal() {
        #expect(TerminalText.plain("$\\delta=0.5$") == "δ\u{2009}=\u{2009}0.5")
        #expect(TerminalText.plain("$x^2 < 1$") == "x2\u{2009}<\u{2009}1")
    }
}
