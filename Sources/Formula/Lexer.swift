/// One token of a formula and the 1-based column where it starts.
struct Token: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case name(String)
        /// An operator or punctuation: + - * / ^ ** ( ) , < <= > >= == !=
        case symbol(String)
        case end
    }
    let kind: Kind
    let column: Int
}

/// Splits a formula into numbers, names and operators.
enum Lexer {
    static func tokens(_ text: String) throws(FormulaError) -> [Token] {
        let chars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        while i < chars.count {
            let c = chars[i], column = i + 1
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            if isDigit(c) || (c == "." && i + 1 < chars.count && isDigit(chars[i + 1])) {
                var j = i
                while j < chars.count, isDigit(chars[j]) { j += 1 }
                if j < chars.count, chars[j] == "." { j += 1; while j < chars.count, isDigit(chars[j]) { j += 1 } }
                // An exponent only when digits follow: 2e3 is 2000; 2e is 2 then the name e (an error later).
                if j < chars.count, chars[j] == "e" || chars[j] == "E" {
                    var k = j + 1
                    if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
                    if k < chars.count, isDigit(chars[k]) {
                        while k < chars.count, isDigit(chars[k]) { k += 1 }
                        j = k
                    }
                }
                let literal = String(String.UnicodeScalarView(chars[i..<j]))
                guard let value = Double(literal) else { throw FormulaError("'\(literal)' is not a number", column: column) }
                let mantissa = literal.prefix { $0 != "e" && $0 != "E" }
                let nonzero = mantissa.contains { $0 >= "1" && $0 <= "9" }
                guard value.isFinite, !nonzero || value.magnitude >= Double.leastNormalMagnitude else {
                    throw FormulaError("the number \(literal) is out of range (a float64 holds magnitudes from 2.2e-308 to 1.8e308)", column: column)
                }
                tokens.append(Token(kind: .number(value), column: column))
                i = j
                continue
            }
            if isNameStart(c) {
                var j = i
                while j < chars.count, isNameStart(chars[j]) || isDigit(chars[j]) { j += 1 }
                tokens.append(Token(kind: .name(String(String.UnicodeScalarView(chars[i..<j]))), column: column))
                i = j
                continue
            }
            let next: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "*" where next == "*": tokens.append(Token(kind: .symbol("**"), column: column)); i += 2
            case "<" where next == "=", ">" where next == "=", "=" where next == "=", "!" where next == "=":
                tokens.append(Token(kind: .symbol(String(c) + "="), column: column)); i += 2
            case "+", "-", "*", "/", "^", "(", ")", ",", "<", ">":
                tokens.append(Token(kind: .symbol(String(c)), column: column)); i += 1
            case "=":
                throw FormulaError("'=' is not an operator; compare with ==", column: column)
            default:
                throw FormulaError("unexpected character '\(c.escaped(asASCII: true))'", column: column)
            }
        }
        tokens.append(Token(kind: .end, column: chars.count + 1))
        return tokens
    }
}
