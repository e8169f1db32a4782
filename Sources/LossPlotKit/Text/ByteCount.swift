import LossFunctions

/// A size in bytes as people read it: "950 bytes", "2.5 kB", "10.5 GB" (decimal units, one decimal).
enum ByteCount {
    static func text(_ bytes: Double) -> String {
        let units = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        guard let (size, unit) = units.first(where: { bytes >= $0.0 * 0.95 }) else {
            return "\(ShortNumber.format(bytes.rounded())) bytes"
        }
        return "\(ShortNumber.format((bytes / size * 10).rounded() / 10)) \(unit)"
    }
}
