import Platform

/// One step of a compiled formula: a stack machine over dual numbers, in postfix order.
enum Instruction: Sendable, Equatable {
    case constant(Double)
    /// x, t, r = x - t or m = t·x.
    case variable(Variable)
    /// A declared parameter by its index in ``Formula/parameters``.
    case parameter(Int)
    case negate, add, subtract, multiply, divide, power
    case compare(Comparison)
    case function(Function1)
    case logaddexp
    /// min or max of the top `count` values.
    case minimum(Int), maximum(Int)
    /// where's condition: pops it; false goes to `otherwise`, NaN pushes NaN and goes to `end`, true goes on.
    case branchUnless(otherwise: Int, end: Int)
    /// The end of where's first branch: goes to the end, past the second.
    case jump(Int)
    case clip
}

/// The swept prediction and what is made of it and the target.
public enum Variable: String, Sendable, CaseIterable {
    /// The swept prediction.
    case x
    /// The target (a label ±1 for margin losses).
    case t
    /// The residual x - t.
    case r
    /// The margin t·x.
    case m
}

enum Comparison: String, Sendable {
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        case .greaterEqual: a >= b
        case .equal: a == b
        case .notEqual: a != b
        }
    }
}

/// The functions of one argument, with their value and first two derivatives.
enum Function1: String, Sendable, CaseIterable {
    case abs, sign, exp, expm1, log, log1p, log2, log10, sqrt, sin, cos, tan, tanh, sinh, cosh, asinh, atan, sigmoid, softplus

    func value(_ v: Double) -> Double {
        switch self {
        case .abs: Swift.abs(v)
        case .sign: v > 0 ? 1 : v < 0 ? -1 : v == 0 ? 0 : .nan
        case .exp: Glibc.exp(v)
        case .expm1: Glibc.expm1(v)
        case .log: Glibc.log(v)
        case .log1p: Glibc.log1p(v)
        case .log2: Glibc.log2(v)
        case .log10: Glibc.log10(v)
        case .sqrt: v.squareRoot()
        case .sin: Glibc.sin(v)
        case .cos: Glibc.cos(v)
        case .tan: Glibc.tan(v)
        case .tanh: Glibc.tanh(v)
        case .sinh: Glibc.sinh(v)
        case .cosh: Glibc.cosh(v)
        case .asinh: Glibc.asinh(v)
        case .atan: Glibc.atan(v)
        case .sigmoid: Self.sigmoid(v)
        case .softplus: Swift.max(v, 0) + Glibc.log1p(Glibc.exp(-Swift.abs(v)))
        }
    }

    /// σ(v) without overflow: 1 / (1 + e^-v) for v >= 0, e^v / (1 + e^v) below.
    static func sigmoid(_ v: Double) -> Double {
        if v >= 0 { return 1 / (1 + Glibc.exp(-v)) }
        let e = Glibc.exp(v)
        return e / (1 + e)
    }

    /// f(u) with its derivatives. Kinks: abs and sign have derivative 0 at 0 (the catalog's L1 convention).
    func apply(_ u: Dual) -> Dual {
        let v = u.value
        switch self {
        case .abs: return u.chain(Swift.abs(v), v > 0 ? 1 : v < 0 ? -1 : 0, 0)
        case .sign: return Dual(value(v))
        case .exp: let e = Glibc.exp(v); return u.chain(e, e, e)
        case .expm1: let e = Glibc.exp(v); return u.chain(Glibc.expm1(v), e, e)
        case .log: return u.chain(Glibc.log(v), 1 / v, -1 / (v * v))
        case .log1p: let w = 1 + v; return u.chain(Glibc.log1p(v), 1 / w, -1 / (w * w))
        case .log2: let k = 1 / (v * M_LN2); return u.chain(Glibc.log2(v), k, -k / v)
        case .log10: let k = 1 / (v * M_LN10); return u.chain(Glibc.log10(v), k, -k / v)
        case .sqrt: let s = v.squareRoot(); return u.chain(s, 0.5 / s, -0.25 / (s * s * s))
        case .sin: let s = Glibc.sin(v); return u.chain(s, Glibc.cos(v), -s)
        case .cos: let c = Glibc.cos(v); return u.chain(c, -Glibc.sin(v), -c)
        case .tan: let t = Glibc.tan(v), d = 1 + t * t; return u.chain(t, d, 2 * t * d)
        case .tanh: let t = Glibc.tanh(v), d = 1 - t * t; return u.chain(t, d, -2 * t * d)
        case .sinh: return u.chain(Glibc.sinh(v), Glibc.cosh(v), Glibc.sinh(v))
        case .cosh: return u.chain(Glibc.cosh(v), Glibc.sinh(v), Glibc.cosh(v))
        case .asinh: let w = 1 + v * v; return u.chain(Glibc.asinh(v), 1 / w.squareRoot(), -v / (w * w.squareRoot()))
        case .atan: let w = 1 + v * v; return u.chain(Glibc.atan(v), 1 / w, -2 * v / (w * w))
        case .sigmoid: let s = Self.sigmoid(v); return u.chain(s, s * (1 - s), s * (1 - s) * (1 - 2 * s))
        case .softplus: let s = Self.sigmoid(v); return u.chain(value(v), s, s * (1 - s))
        }
    }
}

/// A compiled formula: a flat program of postfix instructions, evaluated in one loop per sample.
struct Program: Sendable {
    let instructions: [Instruction]
    /// The most values on the stack at once.
    let depth: Int

    /// The value alone at (x, t): the same program over plain numbers, about three times cheaper than duals.
    func value(x: Double, t: Double, parameters: [Double]) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: depth) { stack in
            let s = stack.baseAddress!
            var top = -1, pc = 0
            while pc < instructions.count {
                let instruction = instructions[pc]
                pc += 1
                switch instruction {
                case .constant(let c): top += 1; s[top] = c
                case .parameter(let i): top += 1; s[top] = parameters[i]
                case .variable(let v):
                    top += 1
                    switch v {
                    case .x: s[top] = x
                    case .t: s[top] = t
                    case .r: s[top] = x - t
                    case .m: s[top] = t * x
                    }
                case .negate: s[top] = -s[top]
                case .add: top -= 1; s[top] = s[top] + s[top + 1]
                case .subtract: top -= 1; s[top] = s[top] - s[top + 1]
                case .multiply: top -= 1; s[top] = s[top] * s[top + 1]
                case .divide: top -= 1; s[top] = s[top] / s[top + 1]
                case .power: top -= 1; s[top] = Dual.power(s[top], s[top + 1])
                case .compare(let c): top -= 1; s[top] = c.holds(s[top], s[top + 1]) ? 1 : 0
                case .function(let f): s[top] = f.value(s[top])
                case .logaddexp:
                    top -= 1
                    let a = s[top], b = s[top + 1]
                    s[top] = a.isInfinite && a == b ? a : Swift.max(a, b) + Glibc.log1p(Glibc.exp(-Swift.abs(a - b)))
                case .minimum(let n):
                    top -= n - 1
                    var best = s[top]
                    for k in 1..<n { let c = s[top + k]; best = c.isNaN || best.isNaN ? .nan : c < best ? c : best }
                    s[top] = best
                case .maximum(let n):
                    top -= n - 1
                    var best = s[top]
                    for k in 1..<n { let c = s[top + k]; best = c.isNaN || best.isNaN ? .nan : c > best ? c : best }
                    s[top] = best
                case .branchUnless(let otherwise, let end):
                    let condition = s[top]
                    if condition.isNaN { pc = end } else { top -= 1; if condition == 0 { pc = otherwise } }
                case .jump(let end): pc = end
                case .clip:
                    top -= 2
                    let v = s[top], lo = s[top + 1], hi = s[top + 2]
                    s[top] = v.isNaN || lo.isNaN || hi.isNaN ? .nan : Swift.min(Swift.max(v, lo), hi)
                }
            }
            return s[0]
        }
    }

    /// The value and both derivatives in x at (x, t).
    func evaluate(x: Double, t: Double, parameters: [Double]) -> Dual {
        withUnsafeTemporaryAllocation(of: Dual.self, capacity: depth) { stack in
            let s = stack.baseAddress!
            var top = -1, pc = 0
            while pc < instructions.count {
                let instruction = instructions[pc]
                pc += 1
                switch instruction {
                case .constant(let c): top += 1; s[top] = Dual(c)
                case .parameter(let i): top += 1; s[top] = Dual(parameters[i])
                case .variable(let v):
                    top += 1
                    switch v {
                    case .x: s[top] = Dual(x, 1, 0)
                    case .t: s[top] = Dual(t)
                    case .r: s[top] = Dual(x - t, 1, 0)
                    case .m: s[top] = Dual(t * x, t, 0)
                    }
                case .negate: s[top] = -s[top]
                case .add: top -= 1; s[top] = s[top] + s[top + 1]
                case .subtract: top -= 1; s[top] = s[top] - s[top + 1]
                case .multiply: top -= 1; s[top] = s[top] * s[top + 1]
                case .divide: top -= 1; s[top] = s[top] / s[top + 1]
                case .power: top -= 1; s[top] = Dual.pow(s[top], s[top + 1])
                case .compare(let c):
                    top -= 1
                    s[top] = Dual(c.holds(s[top].value, s[top + 1].value) ? 1 : 0)
                case .function(let f): s[top] = f.apply(s[top])
                case .logaddexp:
                    // logaddexp(a, b) = max(a, b) + softplus(-|a - b|), written as a + softplus(b - a) or b + softplus(a - b).
                    top -= 1
                    let a = s[top], b = s[top + 1]
                    if a.value.isInfinite, a.value == b.value { s[top] = Dual(a.value) }
                    else if a.value >= b.value { s[top] = a + Function1.softplus.apply(b - a) }
                    else { s[top] = b + Function1.softplus.apply(a - b) }
                case .minimum(let n):
                    // The first of the smallest; NaN if any is NaN, as numpy's minimum.
                    top -= n - 1
                    var best = s[top]
                    for k in 1..<n {
                        let c = s[top + k]
                        if c.value.isNaN || best.value.isNaN { best = Dual(.nan); continue }
                        if c.value < best.value { best = c }
                    }
                    s[top] = best
                case .maximum(let n):
                    top -= n - 1
                    var best = s[top]
                    for k in 1..<n {
                        let c = s[top + k]
                        if c.value.isNaN || best.value.isNaN { best = Dual(.nan); continue }
                        if c.value > best.value { best = c }
                    }
                    s[top] = best
                case .branchUnless(let otherwise, let end):
                    // where(cond, a, b): only the branch taken is evaluated, so a NaN in the other never
                    // reaches the derivative; a NaN condition gives NaN (the condition's slot holds it).
                    let condition = s[top].value
                    if condition.isNaN { s[top] = Dual(.nan); pc = end } else { top -= 1; if condition == 0 { pc = otherwise } }
                case .jump(let end): pc = end
                case .clip:
                    // clip(v, lo, hi) = min(max(v, lo), hi) as numpy: v's derivatives on [lo, hi], the bound's outside.
                    top -= 2
                    let v = s[top], lo = s[top + 1], hi = s[top + 2]
                    if v.value.isNaN || lo.value.isNaN || hi.value.isNaN { s[top] = Dual(.nan) }
                    else if v.value < lo.value { s[top] = lo.value > hi.value ? hi : lo }
                    else if v.value > hi.value { s[top] = hi }
                    else { s[top] = lo.value > hi.value ? hi : v }
                }
            }
            return s[0]
        }
    }
}
