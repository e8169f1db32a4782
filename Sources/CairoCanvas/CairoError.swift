import CCairo

/// A failure reported by Cairo, with Cairo's own words for it.
public struct CairoError: Error, CustomStringConvertible {
    public let status: cairo_status_t
    public let operation: String

    public var description: String {
        "\(operation) failed: \(String(cString: cairo_status_to_string(status)))"
    }
}

/// Throws when a Cairo status is not success: every fallible Cairo call goes through here.
func check(_ status: cairo_status_t, _ operation: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else { throw CairoError(status: status, operation: operation) }
}
