/// A recursive-descent parser with Python's precedence that writes postfix instructions as it reads
/// (no tree, so a long formula never makes a deep structure), tracking the nesting depth it allows.
struct Parser {
    let tokens: [Token]
    let parameters: [String]
    var index = 0
    var output: [Instruction] = []
    var stack = 0
    var maxStack = 0
    var depth = 0
    var variables: Set<Variable> = []
    var usedParameters: Set<Int> = []

    init(tokens: [Token], parameters: [String]) {
        self.tokens = tokens
        self.parameters = parameters
    }

    var current: Token { tokens[index] }

    mutating func emit(_ instruction: Instruction, pops: Int, pushes: Int = 1) {
        output.append(instruction)
        stack += pushes - pops
        maxStack = max(maxStack, stack)
    }

    func isSymbol(_ s: String) -> Bool { current.kind == .symbol(s) }

    mutating func parseFormula() throws(FormulaError) {
        if current.kind == .end { throw FormulaError("the formula is empty", column: 1) }
        try parseComparison()
        guard current.kind == .end else { throw unexpected("an operator or the end of the formula") }
    }

    func unexpected(_ expected: String) -> FormulaError {
        let found: String
        switch current.kind {
        case .number(let v): found = "the number \(v)"
        case .name(let n): found = "'\(n)'"
        case .symbol(let s): found = "'\(s)'"
        case .end: found = "the end of the formula"
        }
        return FormulaError("expected \(expected), found \(found)", column: current.column)
    }

    mutating func nest() throws(FormulaError) {
        depth += 1
        if depth > Formula.maxDepth { throw FormulaError("the formula nests deeper than \(Formula.maxDepth) levels", column: current.column) }
    }

    /// additive (op additive)? — comparisons give 1 or 0 and do not chain.
    mutating func parseComparison() throws(FormulaError) {
        try parseAdditive()
        if case .symbol(let s) = current.kind, let comparison = Comparison(rawValue: s) {
            index += 1
            try parseAdditive()
            emit(.compare(comparison), pops: 2)
            if case .symbol(let s2) = current.kind, Comparison(rawValue: s2) != nil {
                throw FormulaError("comparisons do not chain here ('a < b < c'); combine them with where(...)", column: current.column)
            }
        }
    }

    mutating func parseAdditive() throws(FormulaError) {
        try parseMultiplicative()
        while isSymbol("+") || isSymbol("-") {
            let plus = isSymbol("+")
            index += 1
            try parseMultiplicative()
            emit(plus ? .add : .subtract, pops: 2)
        }
    }

    mutating func parseMultiplicative() throws(FormulaError) {
        try parseUnary()
        while isSymbol("*") || isSymbol("/") {
            let times = isSymbol("*")
            index += 1
            try parseUnary()
            emit(times ? .multiply : .divide, pops: 2)
        }
    }

    /// ('-' | '+') unary | power: a sign binds looser than the power to its right (-r^2 is -(r^2)).
    mutating func parseUnary() throws(FormulaError) {
        if isSymbol("-") || isSymbol("+") {
            let minus = isSymbol("-")
            index += 1
            try nest()
            try parseUnary()
            depth -= 1
            if minus { emit(.negate, pops: 1) }
            return
        }
        try parsePower()
    }

    /// primary (('^' | '**') unary)?: right-associative, and the exponent may carry a sign (2^-1).
    mutating func parsePower() throws(FormulaError) {
        try parsePrimary()
        if isSymbol("^") || isSymbol("**") {
            index += 1
            try nest()
            try parseUnary()
            depth -= 1
            emit(.power, pops: 2)
        }
    }

    mutating func parsePrimary() throws(FormulaError) {
        let token = current
        switch token.kind {
        case .number(let value):
            index += 1
            emit(.constant(value), pops: 0)
        case .symbol("("):
            index += 1
            try nest()
            try parseComparison()
            depth -= 1
            guard isSymbol(")") else { throw unexpected("')' to close the '(' at column \(token.column)") }
            index += 1
        case .name(let name):
            index += 1
            if isSymbol("(") { try parseCall(name, at: token.column); return }
            if let variable = Variable(rawValue: name) {
                variables.insert(variable)
                emit(.variable(variable), pops: 0)
            } else if name == "pi" {
                emit(.constant(Double.pi), pops: 0)
            } else if name == "e" {
                emit(.constant(2.718281828459045), pops: 0)
            } else if let i = parameters.firstIndex(of: name) {
                usedParameters.insert(i)
                emit(.parameter(i), pops: 0)
            } else if Formula.functions.contains(where: { $0.name == name }) {
                throw FormulaError("'\(name)' is a function: call it as \(name)(...)", column: token.column)
            } else {
                let declared = parameters.isEmpty ? "none declared" : "declared: " + parameters.joined(separator: ", ")
                throw FormulaError("unknown name '\(name)'; a formula reads x, t, r = x - t, m = t*x, pi, e and parameters declared with --param NAME=VALUES (\(declared))", column: token.column)
            }
        default:
            throw unexpected("a number, a name or '('")
        }
    }

    mutating func parseCall(_ name: String, at column: Int) throws(FormulaError) {
        index += 1  // '('
        try nest()
        var count = 0
        // where(cond, a, b) jumps over the branch not taken: cond, branchUnless, a, jump, b.
        var branch = -1, jump = -1, base = stack
        if !isSymbol(")") {
            while true {
                try parseComparison()
                count += 1
                if name == "where", count == 1 {
                    branch = output.count
                    emit(.branchUnless(otherwise: 0, end: 0), pops: 1, pushes: 0)
                    base = stack
                } else if name == "where", count == 2 {
                    jump = output.count
                    emit(.jump(0), pops: 0, pushes: 0)
                    stack = base  // the second branch starts where the first did
                }
                if isSymbol(",") { index += 1; continue }
                break
            }
        }
        guard isSymbol(")") else { throw unexpected("',' or ')' to close '\(name)(' opened at column \(column)") }
        index += 1
        depth -= 1
        func arity(_ expected: Int) throws(FormulaError) {
            guard count == expected else {
                throw FormulaError("\(name) takes \(expected) argument\(expected == 1 ? "" : "s"), \(count) given", column: column)
            }
        }
        if let f = Function1(rawValue: name) {
            try arity(1)
            emit(.function(f), pops: 1)
            return
        }
        switch name {
        case "pow": try arity(2); emit(.power, pops: 2)
        case "logaddexp": try arity(2); emit(.logaddexp, pops: 2)
        case "min", "max":
            guard count >= 2 else { throw FormulaError("\(name) takes 2 or more arguments, \(count) given", column: column) }
            emit(name == "min" ? .minimum(count) : .maximum(count), pops: count)
        case "where":
            try arity(3)
            output[branch] = .branchUnless(otherwise: jump + 1, end: output.count)
            output[jump] = .jump(output.count)
        case "clip": try arity(3); emit(.clip, pops: 3)
        default:
            let known = Formula.functions.map(\.name).joined(separator: ", ")
            throw FormulaError("unknown function '\(name)'; the functions are \(known)", column: column)
        }
    }
}
