import Platform

/// A value with its first and second derivative in the swept prediction x: a second-order dual
/// number, f(x + ε) = v + d·ε + ½·dd·ε² truncated after ε². Forward-mode automatic differentiation
/// carries one through each operation by the chain rule.
public struct Dual: Sendable, Equatable {
    /// The value.
    public var value: Double
    /// The first derivative in x.
    public var first: Double
    /// The second derivative in x.
    public var second: Double

    public init(_ value: Double, _ first: Double = 0, _ second: Double = 0) {
        self.value = value
        self.first = first
        self.second = second
    }

    /// Whether it does not depend on x (both derivatives exactly 0).
    @inline(__always) var isConstant: Bool { first == 0 && second == 0 }

    /// f(u) by the chain rule from f(v), f'(v) and f''(v): (f, f'·u', f''·u'² + f'·u''). A constant
    /// argument gives a constant, so an infinite f' (sqrt at 0) times a zero derivative is never NaN.
    @inline(__always) func chain(_ f: Double, _ f1: Double, _ f2: Double) -> Dual {
        if isConstant { return Dual(f) }
        return Dual(f, f1 * first, f2 * first * first + f1 * second)
    }

    @inline(__always) static prefix func - (u: Dual) -> Dual { Dual(-u.value, -u.first, -u.second) }
    @inline(__always) static func + (a: Dual, b: Dual) -> Dual { Dual(a.value + b.value, a.first + b.first, a.second + b.second) }
    @inline(__always) static func - (a: Dual, b: Dual) -> Dual { Dual(a.value - b.value, a.first - b.first, a.second - b.second) }

    /// (ab)'' = a''b + 2a'b' + ab''; a constant factor scales the other alone (so 0·inf never enters).
    @inline(__always) static func * (a: Dual, b: Dual) -> Dual {
        if b.isConstant { return a.isConstant ? Dual(a.value * b.value) : Dual(a.value * b.value, a.first * b.value, a.second * b.value) }
        if a.isConstant { return Dual(a.value * b.value, a.value * b.first, a.value * b.second) }
        return Dual(a.value * b.value, a.first * b.value + a.value * b.first,
                    a.second * b.value + 2 * a.first * b.first + a.value * b.second)
    }

    /// q = a / b: q' = (a' - q b') / b, q'' = (a'' - 2 q' b' - q b'') / b.
    @inline(__always) static func / (a: Dual, b: Dual) -> Dual {
        let q = a.value / b.value
        if b.isConstant { return a.isConstant ? Dual(q) : Dual(q, a.first / b.value, a.second / b.value) }
        let q1 = (a.first - q * b.first) / b.value
        return Dual(q, q1, (a.second - 2 * q1 * b.first - q * b.second) / b.value)
    }

    /// a^b as Python's ** reads it on floats: a constant exponent by the power rule (so (-2)^2 is 4
    /// and r^2 at 0 has derivatives 0 and 2), otherwise exp(b log a).
    static func pow(_ a: Dual, _ b: Dual) -> Dual {
        let n = b.value
        if b.isConstant {
            if a.isConstant { return Dual(power(a.value, n)) }
            let v = power(a.value, n)
            let f1 = n == 0 ? 0 : n == 1 ? 1 : n * power(a.value, n - 1)
            let f2 = n == 0 || n == 1 ? 0 : n == 2 ? 2 : n * (n - 1) * power(a.value, n - 2)
            return a.chain(v, f1, f2)
        }
        if a.isConstant {
            // c^u: (c^u)' = c^u ln c · u'.
            let v = Glibc.pow(a.value, n), l = Glibc.log(a.value)
            return b.chain(v, v * l, v * l * l)
        }
        return exp(b * log(a))
    }

    /// a^n: a whole exponent up to 16 in size by multiplication (r^2 is r·r, exactly), any other by pow.
    @inline(__always) static func power(_ a: Double, _ n: Double) -> Double {
        guard n == n.rounded(), n.magnitude <= 16 else { return Glibc.pow(a, n) }
        var k = Int(n.magnitude), base = a, result = 1.0
        while k > 0 {
            if k & 1 == 1 { result *= base }
            base *= base
            k >>= 1
        }
        return n < 0 ? 1 / result : result
    }

    static func exp(_ u: Dual) -> Dual { let e = Glibc.exp(u.value); return u.chain(e, e, e) }
    static func log(_ u: Dual) -> Dual { u.chain(Glibc.log(u.value), 1 / u.value, -1 / (u.value * u.value)) }
}
