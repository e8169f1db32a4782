import ArrayText
import Foundation

/// libFuzzer's entry point for the `@FILE` arrays of eval: any bytes are either a table or an
/// error with a line and a column inside the text; as an array of any rank (and after a .npy magic
/// string), a shape that holds exactly its values or a one-line error. A table is rectangular, and each of its numbers
/// is what strtod reads from the same characters: every number of a one-number line is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArrays(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let table = try ArrayText.parse(bytes)
        require(table.columns >= 1 && table.values.count % table.columns == 0, "a ragged table: \(table.values.count) values in \(table.columns) columns")
        if table.columns == 1, let text = String(bytes: bytes, encoding: .utf8), !text.contains("["), !text.contains("#") {
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if lines.count == table.values.count {
                for (line, value) in zip(lines, table.values) {
                    let expected = strtod(line, nil)
                    require(value == expected || (value.isNaN && expected.isNaN), "'\(line)' read as \(value), strtod gives \(expected)")
                }
            }
        }
    } catch {
        let lineCount = bytes.filter { $0 == 10 }.count + 1
        require(error.line >= 1 && error.line <= lineCount + 1 && error.column >= 1, "an error outside the text: \(error)")
        require(!error.reason.isEmpty, "an error without a reason at \(error.line):\(error.column)")
    }
    // The same bytes as an array of any rank (a .npy file, JSON nested to any depth, or a table):
    // its shape holds exactly its values, or the error says why in one line.
    do {
        let array = try ArrayText.parseArray(bytes)
        require(array.shape.reduce(1, *) == array.values.count && array.shape.allSatisfy { $0 >= 0 }, "shape \(array.shape) for \(array.values.count) values")
    } catch {
        require(!error.description.isEmpty && !error.description.contains("\n"), "an array error that is not one line: \(error)")
    }
    // And as a .npy file: these bytes after a valid magic string and version.
    var npy: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0]
    npy.append(contentsOf: bytes)
    // Read in place (as a mapped file is), the same array or the same error as from a copy.
    let inPlace = npy.withUnsafeBytes { raw in Result { () throws(ArrayReadError) in try ArrayText.parseArray(raw) } }
    let copied = Result { () throws(ArrayReadError) in try ArrayText.parseArray(npy) }
    switch (inPlace, copied) {
    case (.success(let a), .success(let b)):
        require(a.shape == b.shape && a.values.elementsEqual(b.values) { $0 == $1 || ($0.isNaN && $1.isNaN) }, "in place \(a.shape), copied \(b.shape)")
    case (.failure(let a), .failure(let b)): require(a == b, "in place '\(a)', copied '\(b)'")
    default: require(false, "in place and copied disagree: \(inPlace), \(copied)")
    }
    if let array = try? ArrayText.parseArray(npy) {
        require(array.shape.reduce(1, *) == array.values.count, "npy shape \(array.shape) for \(array.values.count) values")
    }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("fuzz-arrays: \(message())\n".utf8))
        abort()
    }
}
