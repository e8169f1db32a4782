import ArgumentParser
import LossFunctions

/// `loss-plot list`: every loss with its formula, parameters and domain.
public struct ListCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List every loss with its formula, parameters and domain.")

    public init() {}

    public func run() throws {
        print(Self.text(), terminator: "")
    }

    static func text() -> String {
        let aliases = Dictionary(grouping: LossKind.aliases, by: \.value).mapValues { $0.map(\.key).sorted() }
        var out = ""
        for kind in LossKind.allCases {
            let names = ([kind.rawValue] + (aliases[kind] ?? [])).joined(separator: ", ")
            out += "\(names)\n"
            out += "  loss:       \(LossDocs.formula(kind))\n"
            if !kind.parameters.isEmpty {
                let parameters = kind.parameters.map { p in
                    "--\(p.rawValue) (default \(LossDefaults.values(of: p, for: kind).map(ShortNumber.format).joined(separator: ",")))"
                }
                out += "  parameters: \(parameters.joined(separator: "; "))\n"
            }
            out += "  domain:     \(LossDocs.domain(kind))\n"
            if let notes = LossDocs.notes(kind) { out += "  notes:      \(notes)\n" }
        }
        return out
    }
}
