/// The file formats a figure renders to.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png
    case svg
    case pdf
}
