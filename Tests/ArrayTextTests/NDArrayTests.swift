import ArrayText
import Foundation
import Testing

/// Arrays of any rank: numpy's .npy files (written by numpy itself, Fixtures/npy/make.py, with the
/// values numpy reads back in expected.json) and JSON nested to any depth.
@Suite("N-D arrays: .npy files and nested JSON")
struct NDArrayTests {
    struct Expected: Decodable {
        let shape: [Int]
        let values: [Double]
    }

    struct Document: Decodable {
        let files: [String: Expected]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/npy")
    static let expected: [String: Expected] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("expected.json")) else { return [:] }
        return (try? JSONDecoder().decode(Document.self, from: data))?.files ?? [:]
    }()

    @Test("each .npy file numpy wrote reads as numpy reads it back (dtypes, byte orders, C and Fortran order, versions 1 to 3)",
          arguments: expected.keys.sorted())
    func npy(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name + ".npy")))
        let array = try ArrayText.parseArray(bytes)
        let expected = try #require(Self.expected[name])
        #expect(array.shape == expected.shape)
        #expect(array.values == expected.values)
    }

    @Test("NPYWriter writes float64 arrays byte for byte as np.save does (the values from numpy's own expected.json)",
          arguments: ["vector", "f8-c-3d", "scalar"])
    func npyWriter(name: String) throws {
        let file = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name + ".npy")))
        let expected = try #require(Self.expected[name])
        #expect(NPYWriter.bytes(shape: expected.shape, values: expected.values) == file)
    }

    @Test("the fixture set covers 17 files")
    func fixtures() {
        #expect(Self.expected.count == 17)
    }

    @Test("a .npy file that is cut, or of a dtype loss-plot does not read, is one line saying what")
    func badNPY() throws {
        let good = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("f8-c-3d.npy")))
        #expect(throws: ArrayReadError("the .npy data holds 184 bytes; its shape (2, 3, 4) of '<f8' needs 192")) {
            try ArrayText.parseArray(Array(good.dropLast(8)))
        }
        #expect(throws: ArrayReadError(".npy format version 9.0 is not one numpy writes (1.0, 2.0, 3.0)")) {
            var bytes = good
            bytes[6] = 9
            return try ArrayText.parseArray(bytes)
        }
        let header = Array("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }".utf8)
        let complex = ArrayTextTestsSupport.npy(header: header, data: [UInt8](repeating: 0, count: 16))
        #expect(throws: ArrayReadError("the .npy dtype '<c16' is not one loss-plot reads: booleans, integers (i1 to i8, u1 to u8) and floats (f2, f4, f8)")) {
            try ArrayText.parseArray(complex)
        }
    }

    @Test("JSON nested to any depth keeps its shape; a ragged or uneven one is refused at its line and column")
    func json() throws {
        let array = try ArrayText.parseArray(Array("[[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]]]".utf8))
        #expect(array.shape == [3, 2, 2])
        #expect(array.values == (1...12).map(Double.init))
        #expect(try ArrayText.parseArray(Array("[1, 2.5]".utf8)).shape == [2])
        #expect(throws: ArrayReadError("line 1, column 20: this array has 1 element, the first at its depth has 2; every level must be rectangular")) {
            try ArrayText.parseArray(Array("[[[1, 2], [3, 4]], [[5, 6]]]".utf8))
        }
        #expect(throws: ArrayReadError("line 1, column 13: a number at depth 2, where the first number was at depth 3; every level must be as deep")) {
            try ArrayText.parseArray(Array("[[[1, 2]], [3, 4]]".utf8))
        }
    }
}

enum ArrayTextTestsSupport {
    /// A version 1.0 .npy file of this header and data, the header padded to 64 bytes with a newline, as numpy pads it.
    static func npy(header: [UInt8], data: [UInt8]) -> [UInt8] {
        var padded = header
        while (10 + padded.count + 1) % 64 != 0 { padded.append(0x20) }
        padded.append(0x0A)
        return [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, UInt8(padded.count & 0xFF), UInt8(padded.count >> 8)] + padded + data
    }
}
