import LossFunctions
@testable import LossPlotKit

/// libFuzzer's entry point: the first byte picks a parser of option values, the rest is the text
/// typed after the flag. Beyond "no crash, no hang", each parser's promise is checked: a sweep
/// has 1 to 1000 values, numbers are finite unless infinity was allowed, an interval is
/// increasing, a size is within 1...16384, the shortest form of a number reads back as it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let selector = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let geometric = selector & 0x10 != 0, allowInfinity = selector & 0x20 != 0
    do {
        switch selector % 8 {
        case 0:
            let value = try ArgumentValues.number(text, flag: "--delta", allowInfinity: allowInfinity)
            require(value.isFinite || allowInfinity, "number \(value) from '\(text)'")
            roundTrip(value)
        case 1:
            let values = try ArgumentValues.list(text, flag: "--delta", geometric: geometric, allowInfinity: allowInfinity)
            require(!values.isEmpty, "an empty list from '\(text)'")
            if text.split(separator: ":", omittingEmptySubsequences: false).count == 3 {
                require(values.count <= 1000 && values.allSatisfy(\.isFinite), "sweep '\(text)' gave \(values.count) values")
                require(!geometric || values.allSatisfy { $0 > 0 }, "geometric sweep '\(text)' has a value <= 0")
            }
            values.forEach(roundTrip)
        case 2:
            let limits = try ArgumentValues.interval(text, flag: "--range")
            require(limits.count == 2 && limits[0] < limits[1] && (limits[1] - limits[0]).isFinite, "interval '\(text)' gave \(limits)")
        case 3:
            let size = try ArgumentValues.size(text, flag: "--size")
            let sides = size.layoutPixels(dpi: 100)
            require(sides.count == 2 && sides.allSatisfy { $0 > 0 && $0 <= 16384 }, "size '\(text)' gave \(sides)")
        case 4:
            let rows = try Rows.parse(text, flag: "--pred")
            require(!rows.isEmpty && rows.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isFinite) }, "rows '\(text)'")
        case 5:
            _ = try LossLookup.loss(named: text, field: "loss")
        case 6:
            _ = try Facet(argument: text)
            _ = try BatchFormat.parse(text)
        default:
            _ = try FileKind.of(path: text, flag: "--out")
        }
    } catch let error as InputError {
        // A flag's value names the flag; a loss name names the positional argument, `loss`.
        require(error.description.hasPrefix("--") || error.description.hasPrefix("loss: "), "an error that names no flag: \(error.description)")
    } catch {
        require(false, "an error that is not an InputError: \(error)")
    }
    return 0
}

/// The shortest form of a finite number reads back as the same double.
private func roundTrip(_ value: Double) {
    guard value.isFinite else { return }
    let text = ShortNumber.shortest(value)
    require(Double(text) == value, "\(value) printed as '\(text)' reads back as \(Double(text).map { "\($0)" } ?? "nothing")")
}

/// A broken promise is a finding: stop with the message, so libFuzzer saves the input.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
