import Testing
@testable import LossFunctions

@Suite("Numbers in legends: short values as written, a sweep's long ones rounded but still told apart")
struct LegendNumberTests {
    static let sweep = (0..<20).map { 0.1 + Double($0) * (4 - 0.1) / 19 }

    @Test("a sweep's long values get four significant digits")
    func sweepValues() {
        #expect(Self.sweep[1] == 0.30526315789473685)
        let labels = ShortNumber.labels(Self.sweep)
        #expect(labels[0] == "0.1" && labels[1] == "0.3053" && labels[19] == "4")
        #expect(ShortNumber.labels([1.5000000000000002]) == ["1.5"])
        #expect(ShortNumber.labels([-2.0000000000000004]) == ["\u{2212}2"])
    }

    @Test("values as typed stay as typed", arguments: [1.345, 4.685, 0.25, 100, 123456, 1e-7])
    func typed(value: Double) {
        #expect(ShortNumber.labels([value, 1])[0] == ShortNumber.label(value))
    }

    @Test("close long values get the digits that tell them apart")
    func close() {
        // Both read 1.00001235 at 9 digits (printf's %.9g); at 10 they differ.
        #expect(ShortNumber.labels([1.000012345678901, 1.000012349999999]) == ["1.000012346", "1.00001235"])
    }

    @Test("1,000 values: every label distinct, as the values are")
    func many() {
        let values = (0..<1000).map { 0.1 + Double($0) * (4 - 0.1) / 999 }
        #expect(Set(ShortNumber.labels(values)).count == 1000)
    }

    @Test("significant digits of a number's text", arguments: [("0.00125", 3), ("4.685", 4), ("100", 1), ("1e-07", 1), ("0.30526315789473685", 17)])
    func digits(text: String, count: Int) {
        #expect(ShortNumber.significantDigits(text) == count)
    }
}
