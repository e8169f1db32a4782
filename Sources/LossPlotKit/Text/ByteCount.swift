import LossFunctions

/// A size in bytes as people read it: "950 bytes", "2.5 kB", "1.04 GB", "10.5 GB" (decimal units,
/// three significant digits; a size under 1 GB is written in MB, so it never reads as the limit).
enum ByteCount {
    static func text(_ bytes: Double) -> String {
        let units = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        guard let (size, unit) = units.first(where: { bytes >= $0.0 }) else {
            return "\(ShortNumber.format(bytes.rounded())) bytes"
        }
        let value = bytes / size
        let scale = value >= 100 ? 1.0 : value >= 10 ? 10 : 100
        return "\(ShortNumber.format((value * scale).rounded() / scale)) \(unit)"
    }
}
