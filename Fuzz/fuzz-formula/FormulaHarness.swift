import Formula
import Foundation

/// libFuzzer's entry point for `--expr` formulas (untrusted text): any bytes either compile or are
/// refused with a one-line reason and a column inside the text (or just past its end); a compiled
/// formula evaluates at every point without a crash (the stack machine's depth is checked by
/// AddressSanitizer), gives the same dual number twice, and a constant formula has zero derivatives.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.unicodeScalars.count
    do {
        let formula = try Formula(text, parameters: ["c", "d"])
        for x in [-3.0, -0.5, 0, 1e-300, 0.5, 2, 1e300, .nan, .infinity] {
            for t in [0.0, 1, -1] {
                let a = formula.evaluate(x: x, t: t, parameters: [0.5, 2])
                let b = formula.evaluate(x: x, t: t, parameters: [0.5, 2])
                require(a.value.bitPattern == b.value.bitPattern && a.first.bitPattern == b.first.bitPattern
                        && a.second.bitPattern == b.second.bitPattern, "'\(text)' evaluates differently twice at x = \(x)")
                if formula.variables.isEmpty {
                    require(a.first == 0 && a.second == 0, "'\(text)' reads no variable and has derivatives \(a.first), \(a.second)")
                }
            }
        }
    } catch {
        require(error.column >= 1 && error.column <= max(length, Formula.maxLength) + 1, "column \(error.column) outside '\(text)'")
        require(!error.reason.isEmpty && !error.description.contains("\n"),
                "an error that is not one line: \(error)")
    }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("fuzz-formula: \(message())\n".utf8))
        abort()
    }
}
