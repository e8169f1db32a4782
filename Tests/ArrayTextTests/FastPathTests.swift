import ArrayText
import Foundation
import Testing
import TestUtilities

/// The fast path of number reading agrees with the C library's strtod, the reference, bit for bit.
@Suite("Numbers read as strtod reads them")
struct FastPathTests {
    /// Decimal strings of the shapes numpy writes (%.18e, %.17g, %g, plain), from random doubles and random digits.
    static func samples() -> [String] {
        var random = SplitMix64(seed: 7)
        var texts: [String] = []
        for _ in 0..<20_000 {
            let magnitude = pow(10, Double(Int(random.next() % 60)) - 30)
            let value = (random.nextUnit() - 0.5) * magnitude
            texts.append(String(format: "%.18e", value))
            texts.append(String(format: "%.17g", value))
            texts.append(String(format: "%g", value))
            let digits = (0..<Int(1 + random.next() % 20)).map { _ in String(random.next() % 10) }.joined()
            let point = Int(random.next() % UInt64(digits.count + 1))
            let exponent = Int(random.next() % 61) - 30
            texts.append(String(digits.prefix(point)) + "." + String(digits.dropFirst(point)) + "e\(exponent)")
        }
        // Halfway cases and edges: 2^53 + 1, 2^63 and its neighbours, exactly representable powers.
        texts += ["9007199254740993", "9007199254740993e-22", "9223372036854775808", "9999999999999999999e22",
                  "1e22", "1e23", "1e-22", "0.1", "-0", "0e5", ".5", "5.", "+3", "1.000000000000000056e-01"]
        return texts
    }

    @Test("100,000 numbers of numpy's shapes read back exactly as strtod reads them")
    func agreesWithStrtod() throws {
        let texts = Self.samples()
        let table = try ArrayText.parse(Array(texts.joined(separator: "\n").utf8))
        #expect(table.columns == 1 && table.rows == texts.count)
        var mismatches: [String] = []
        for (text, value) in zip(texts, table.values) where strtod(text, nil).bitPattern != value.bitPattern {
            mismatches.append(text)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
