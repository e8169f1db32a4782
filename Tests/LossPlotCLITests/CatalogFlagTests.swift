import Foundation
import TestUtilities
import Testing

/// What `list` and docs/catalog.md tell a user to type exists: every --flag the catalog's text names
/// is an option of `plot`, `eval`, `list` or `batch` (the catalog once said "loss-plot has no --full flag yet" after
/// --full existed).
@Suite("The catalog names only flags that exist", .enabled(if: LossPlotBinary.isBuilt))
struct CatalogFlagTests {
    @Test("every --flag in `list --markdown` is an option of plot, eval, list or batch")
    func flagsExist() throws {
        try withTemporaryFolder { folder in
            let catalog = try LossPlotBinary.run(["list", "--markdown"], in: folder).stdout
            let help = try ["plot", "eval", "list", "batch"].map { try LossPlotBinary.run([$0, "--help"], in: folder).stdout }.joined()
            let options = Set(help.matches(of: /--[a-z][a-z0-9-]*/).map { String($0.output) })
            let named = Set(catalog.matches(of: /--[a-z][a-z0-9-]*/).map { String($0.output) })
            #expect(!named.isEmpty)
            #expect(named.subtracting(options).isEmpty, "the catalog names \(named.subtracting(options).sorted())")
            #expect(!catalog.contains("flag yet"))
        }
    }
}
