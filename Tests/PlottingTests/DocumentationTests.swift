import Foundation
import Testing

/// Every public symbol of Plotting and LossPlotKit has a `///` summary: declarations marked
/// `public` or `open`, the cases of public enums and the requirements of public protocols.
@Suite("Plotting's and LossPlotKit's public API is documented")
struct DocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sources = root.appendingPathComponent("Sources/Plotting")

    /// "File.swift:12: declaration" for each public declaration without a summary above it.
    static func undocumented(in folder: URL) throws -> [String] {
        var missing: [String] = []
        // Every Swift file under the folder, its subfolders included.
        let files = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(!files.isEmpty, "no Swift file under \(folder.path)")
        for file in files {
            let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
            var depth = 0
            var publicTypeDepths: [Int] = []  // the depths of the bodies of public enums and protocols
            for (index, line) in lines.enumerated() {
                let text = line.trimmingCharacters(in: .whitespaces)
                let words = text.split(separator: " ").map(String.init).filter { !$0.hasPrefix("@") }
                let isPublic = (words.first == "public" || words.first == "open") && words.count > 1
                    && !["import", "extension", "="].contains(words[1])
                let isMember = publicTypeDepths.last == depth
                    && (words.first == "case" || ["func", "var", "static", "init", "associatedtype", "subscript"].contains(words.first ?? ""))
                if isPublic || isMember {
                    var above = index - 1
                    while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
                    if above < 0 || !lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                        missing.append("\(file):\(index + 1): \(text)")
                    }
                }
                if isPublic, words.contains("enum") || words.contains("protocol") {
                    publicTypeDepths.append(depth + 1)
                }
                depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
                while let last = publicTypeDepths.last, depth < last { publicTypeDepths.removeLast() }
            }
        }
        return missing
    }

    @Test("no public declaration of Plotting lacks a /// summary")
    func plottingDocumented() throws {
        let missing = try Self.undocumented(in: Self.sources)
        #expect(missing.isEmpty, "\(missing.count) undocumented: \(missing.prefix(10).joined(separator: "; "))")
    }

    @Test("no public declaration of LossPlotKit lacks a /// summary")
    func lossPlotKitDocumented() throws {
        let missing = try Self.undocumented(in: Self.root.appendingPathComponent("Sources/LossPlotKit"))
        #expect(missing.isEmpty, "\(missing.count) undocumented: \(missing.prefix(10).joined(separator: "; "))")
    }

    @Test("a public declaration without a summary is found, in a subfolder too")
    func findsMissingSummary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doc-test-\(UUID().uuidString)/Sub")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try "/// Documented.\npublic struct A {}\npublic struct B {}\n".write(to: folder.appendingPathComponent("A.swift"), atomically: true, encoding: .utf8)
        #expect(try Self.undocumented(in: folder.deletingLastPathComponent()) == ["Sub/A.swift:3: public struct B {}"])
    }
}
