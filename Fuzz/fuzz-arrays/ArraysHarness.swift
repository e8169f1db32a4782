import ArrayText
import Foundation

/// libFuzzer's entry point for the `@FILE` arrays of eval: any bytes are either a table or an
/// error with a line and a column inside the text. A table is rectangular, and each of its numbers
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
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("fuzz-arrays: \(message())\n".utf8))
        abort()
    }
}
