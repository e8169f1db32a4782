import ArrayText
import Testing
import TestUtilities

/// Random doubles written in Swift's shortest round-trip form (and in C's %.17g) read back exactly;
/// random bytes are refused or read, never a crash.
@Suite("ArrayText round trips and random input")
struct RoundTripTests {
    @Test("random doubles of every magnitude read back bit for bit", arguments: [1, 4])
    func roundTrip(columns: Int) throws {
        var random = SplitMix64(seed: 0x5EED + UInt64(columns))
        var values: [Double] = []
        while values.count < 3000 * columns {
            let value = Double(bitPattern: random.next())
            if value.isFinite { values.append(value) }
        }
        var text = ""
        for row in 0..<values.count / columns {
            let cells = values[row * columns ..< (row + 1) * columns].map { "\($0)" }
            text += cells.joined(separator: row % 2 == 0 ? " " : ",") + "\n"
        }
        let table = try ArrayText.parse(Array(text.utf8))
        #expect(table.columns == columns)
        #expect(table.values.map(\.bitPattern) == values.map(\.bitPattern))
    }

    @Test("random texts of number-like bytes end in a table or an error that points inside the text")
    func randomBytes() {
        var random = SplitMix64(seed: 42)
        let alphabet = Array("0123456789 ,.-+eE#\n\t[]nax\"é".utf8)
        var read = 0
        for _ in 0..<20_000 {
            let length = Int(random.next() % 24)
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            do {
                let table = try ArrayText.parse(bytes)
                #expect(table.columns >= 1 && table.rows >= 1)
                read += 1
            } catch {
                let lines = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
                #expect(error.line >= 1 && error.line <= lines && error.column >= 1 && error.column <= bytes.count + 1)
            }
        }
        #expect(read > 100)
    }
}
