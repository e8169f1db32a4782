/// A loss written as a formula of the swept prediction `x`, the target `t`, the residual `r = x - t`,
/// the margin `m = t·x` and named parameters, compiled once to a flat program that gives its value
/// and its exact first and second derivatives in `x` (forward-mode automatic differentiation with
/// second-order dual numbers), never finite differences.
///
/// The grammar is Python's, as numpy users type it: numbers with exponents, `+ - * /`, powers `^` and
/// `**` (right-associative, binding tighter than unary minus on their left: `-r^2` is `-(r^2)`, `2^3^2`
/// is 512, `2^-1` is 0.5), parentheses, comparisons `< <= > >= == !=` (1 or 0, not chained), the
/// functions of ``Formula/functions`` and the constants `pi` and `e`. `log` is the natural logarithm.
///
/// Conventions at kinks: `abs` and `sign` have derivative 0 at 0; `where(cond, a, b)` takes the value
/// and derivatives of the branch its condition picks, so a NaN in the other branch never reaches the
/// derivative; `min` and `max` take the first argument at a tie; `clip(v, lo, hi)` takes `v`'s
/// derivatives on the closed interval [lo, hi] and the bound's outside it.
public struct Formula: Sendable {
    /// The text as given.
    public let text: String
    /// The declared parameter names, in the order their values are given to ``evaluate(x:t:parameters:)``.
    public let parameters: [String]
    /// Which of x, t, r, m the formula reads.
    public let variables: Set<Variable>
    /// The declared parameters the formula reads, in declaration order.
    public let usedParameters: [String]
    let program: Program

    /// The longest formula accepted, in characters.
    public static let maxLength = 10_000
    /// The deepest nesting of parentheses, calls, unary signs and powers accepted.
    public static let maxDepth = 200

    /// The functions a formula can call, with their number of arguments.
    public static let functions: [(name: String, arguments: String)] =
        Function1.allCases.map { ($0.rawValue, "1") } + [("pow", "2"), ("logaddexp", "2"), ("min", "2 or more"), ("max", "2 or more"),
                                                          ("where", "3"), ("clip", "3")]

    /// Compiles `text` with the parameters `parameters` declared.
    ///
    /// - Throws: ``FormulaError`` with the reason and the 1-based column: a syntax error, an unknown
    ///   function or name, an undeclared parameter, a wrong number of arguments, a number out of range,
    ///   a formula longer than ``maxLength`` characters or nested deeper than ``maxDepth``.
    public init(_ text: String, parameters: [String] = []) throws(FormulaError) {
        guard text.unicodeScalars.count <= Self.maxLength else {
            throw FormulaError("the formula is \(text.unicodeScalars.count) characters long; at most \(Self.maxLength) are read", column: Self.maxLength + 1)
        }
        for (i, name) in parameters.enumerated() {
            if let problem = Self.reserved(name) { throw FormulaError("parameter '\(name)' \(problem)", column: 1) }
            if parameters[..<i].contains(name) { throw FormulaError("parameter '\(name)' is declared twice", column: 1) }
        }
        var parser = Parser(tokens: try Lexer.tokens(text), parameters: parameters)
        try parser.parseFormula()
        self.text = text
        self.parameters = parameters
        self.variables = parser.variables
        self.usedParameters = parameters.indices.filter(parser.usedParameters.contains).map { parameters[$0] }
        self.program = Program(instructions: parser.output, depth: Swift.max(parser.maxStack, 1))
    }

    /// Why a parameter cannot have this name, or nil when it can.
    public static func reserved(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic),
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) else {
            return "is not a name (a letter or _, then letters, digits or _)"
        }
        if Variable(rawValue: name) != nil { return "is a variable of every formula (x, t, r, m)" }
        if name == "pi" || name == "e" { return "is a constant" }
        if functions.contains(where: { $0.name == name }) { return "is a function" }
        return nil
    }

    /// The value alone at the prediction x and target t (equal to ``evaluate(x:t:parameters:)``'s value).
    public func value(x: Double, t: Double, parameters values: [Double] = []) -> Double {
        program.value(x: x, t: t, parameters: values)
    }

    /// The value and its first and second derivative in x at the prediction x and target t.
    /// Parameters are given in the order of ``parameters``.
    public func evaluate(x: Double, t: Double, parameters values: [Double] = []) -> Dual {
        program.evaluate(x: x, t: t, parameters: values)
    }
}
