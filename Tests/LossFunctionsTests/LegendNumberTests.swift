import Testing
@testable import LossFunctions

@Suite("Numbers in legends: short values as written, a sweep's long ones rounded but still told apart")
struct LegendNumberTests {
    static let sweep = (0..<20).map { 0.1 + Double($0) * (4 - 0.1) / 19 }

    @Test("a sweep's long values get four significant digits")
    func sweepValues() {
        #expect(Self.sweep[1] == 0.30526315789473685)
        #expect(ShortNumber.label(Self.sweep[1], among: Self.sweep) == "0.3053")
        #expect(ShortNumber.label(1.5000000000000002, among: [1.5000000000000002]) == "1.5")
        #expect(ShortNumber.label(-2.0000000000000004, among: []) == "\u{2212}2")
    }

    @Test("values as typed stay as typed", arguments: [1.345, 4.685, 0.25, 100, 123456, 1e-7])
    func typed(value: Double) {
        #expect(ShortNumber.label(value, among: [value, 1]) == ShortNumber.label(value))
    }

    @Test("close long values get the digits that tell them apart")
    func close() {
        let a = 1.000012345678901, b = 1.000012349999999
        let (x, y) = (ShortNumber.label(a, among: [a, b]), ShortNumber.label(b, among: [a, b]))
        // Both read 1.00001235 at 9 digits; at 10 they differ (printf's %.10g).
        #expect(x == "1.000012346" && y == "1.00001235")
    }

    @Test("significant digits of a number's text", arguments: [("0.00125", 3), ("4.685", 4), ("100", 1), ("1e-07", 1), ("0.30526315789473685", 17)])
    func digits(text: String, count: Int) {
        #expect(ShortNumber.significantDigits(text) == count)
    }
}
