extension String {
    /// Formats numbers as C's `printf` does (`"%.3g"`, `"%.*f"`, `"\\u%04x"`), through `vsnprintf`:
    /// the same digits Foundation's `String(format:)` gives, which FoundationEssentials lacks.
    /// Only `%d`, `%x`, `%f`, `%e`, `%g` conversions with `Int`, `Int32`, `UInt32` and `Double`
    /// arguments are meant; there is no `%@`.
    public init(printf format: String, _ arguments: CVarArg...) {
        self = withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 64)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, list))
            if needed < buffer.count { return String(cString: buffer) }
            return withVaList(arguments) { again in
                var large = [CChar](repeating: 0, count: needed + 1)
                _ = vsnprintf(&large, large.count, format, again)
                return String(cString: large)
            }
        }
    }
}

