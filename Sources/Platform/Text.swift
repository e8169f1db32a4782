extension StringProtocol {
    /// The text without spaces (Unicode's space separators) and tabs at either end: Foundation's
    /// `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String {
        let isBlank: (Character) -> Bool = {
            $0 == "\t" || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
        }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text with spaces added at its end up to `width` characters, or cut to `width`
    /// (Foundation's `padding(toLength: width, withPad: " ", startingAt: 0)`).
    public func padded(to width: Int) -> String {
        count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
    }
}

/// Standard error, written unbuffered: warnings and errors appear in order with the output.
public enum StandardError {
    /// Writes `text` as it is (add the line break yourself).
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                let written = Glibc.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                #else
                let written = Darwin.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                #endif
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// `directory/name`, one slash between them (Foundation's `appendingPathComponent`).
public func joinPath(_ directory: String, _ name: String) -> String {
    guard !directory.isEmpty else { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
}
