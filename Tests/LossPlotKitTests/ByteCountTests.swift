import Testing
@testable import LossPlotKit

@Suite("Sizes in messages: three significant digits; under 1 GB is MB")
struct ByteCountTests {
    @Test("decimal units, three significant digits", arguments: [
        (950.0, "950 bytes"), (2_500, "2.5 kB"), (998_765_432, "999 MB"), (1_040_000_000, "1.04 GB"),
        (1_000_000_000, "1 GB"), (10_549_000_000, "10.5 GB"), (123_456_000_000, "123 GB"), (2e12, "2 TB"),
    ])
    func text(bytes: Double, expected: String) {
        #expect(ByteCount.text(bytes) == expected)
    }
}
