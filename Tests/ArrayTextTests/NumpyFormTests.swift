import ArrayText
import Foundation
import Testing

/// The files numpy wrote (Fixtures/make_fixtures.py) read back as the arrays that script saved.
@Suite("ArrayText reads what numpy writes")
struct NumpyFormTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The array make_fixtures.py saves, as Swift literals.
    static let rows: [[Double]] = [[0.1, -2.5, 3e-8], [1e300, -0.0, 7.0], [123456.789, 2.0 / 3.0, -1e-300]]
    static let vector: [[Double]] = [[0.25], [-4.0], [1.0 / 3.0]]

    static func read(_ name: String) throws -> NumberTable {
        try ArrayText.parse([UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name))))
    }

    @Test("every form gives the saved doubles bit for bit", arguments: [
        ("savetxt-default.txt", rows), ("savetxt-comma.csv", rows), ("tolist.json", rows),
        ("savetxt-1d.txt", vector), ("tolist-1d.json", vector),
    ])
    func fixture(name: String, expected: [[Double]]) throws {
        let table = try Self.read(name)
        #expect(table.columns == expected[0].count)
        #expect(table.rows == expected.count)
        #expect(table.values.map(\.bitPattern) == expected.flatMap { $0 }.map(\.bitPattern))
    }

    @Test("blank lines, comments after values, CRLF and spaces around commas", arguments: [
        "# header\n\n1 2\n\n3\t4  # a comment\n",
        "1, 2\r\n3 ,4\r\n",
        "\u{FEFF}1,2\n3,4",
        "  [ [1, 2] ,\n [3,\n 4] ]  \n",
    ])
    func layouts(text: String) throws {
        let table = try ArrayText.parse(Array(text.utf8))
        #expect(table == NumberTable(values: [1, 2, 3, 4], columns: 2))
    }

    @Test("nan, inf and infinity are read as numbers but refused as not finite", arguments: ["nan", "-inf", "Infinity", "NaN"])
    func nonFinite(token: String) {
        #expect(throws: ArrayTextError(line: 1, column: 3, reason: "'\(token)' is not allowed; a finite number is needed")) {
            try ArrayText.parse(Array("1 \(token)\n".utf8))
        }
    }

    @Test("rows of a table are its samples")
    func rowsOfTable() {
        let table = NumberTable(values: [1, 2, 3, 4, 5, 6], columns: 3)
        #expect(table.rowArrays == [[1, 2, 3], [4, 5, 6]])
        #expect(Array(table[row: 1]) == [4, 5, 6])
    }
}
