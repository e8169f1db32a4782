import Platform

/// Parses `--pred` and `--target` rows: numbers separated by commas, samples by semicolons.
enum Rows {
    static func parse(_ text: String, flag: String) throws -> [[Double]] {
        guard !text.trimmingWhitespace().isEmpty else {
            throw InputError("\(flag): the list is empty; give numbers separated by commas, samples by semicolons")
        }
        return try text.split(separator: ";", omittingEmptySubsequences: false).enumerated().map { sample, row in
            try row.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { position, item in
                let token = item.trimmingWhitespace()
                guard let value = ArgumentValues.decimal(token) else {
                    throw InputError("\(flag): sample \(sample + 1), position \(position + 1): '\(token)' is not a number")
                }
                guard value.isFinite else {
                    throw InputError("\(flag): sample \(sample + 1), position \(position + 1): '\(token)' is not allowed; a finite number is needed")
                }
                return value
            }
        }
    }
}
