import Foundation
import LossFunctions
import LossPlotKit
import TestUtilities
import Testing

/// The project documents itself: `docs/catalog.md` is generated from the catalog, and nothing the
/// README, `list` or `info` says points to a file the repository does not hold.
@Suite("docs/catalog.md is current, and the documentation points only inside the repository")
struct CatalogPageTests {
    @Test("the committed docs/catalog.md is what `loss-plot list --markdown` prints; `make catalog` rewrites it")
    func current() throws {
        let committed = try String(contentsOfFile: repositoryRoot + "/docs/catalog.md", encoding: .utf8)
        #expect(committed == LossText.markdown(), "docs/catalog.md is out of date; run `make catalog`")
    }

    @Test("the page has a section per loss, under its family's heading")
    func sections() {
        let page = LossText.markdown()
        for loss in Catalog.all {
            #expect(page.contains("\n### \(loss.name)\n"), "\(loss.name)")
        }
        #expect(page.components(separatedBy: "\n## ").count - 1 == Set(Catalog.all.map(\.family)).count)
    }

    @Test("Markdown's own characters in the catalog's text are escaped, so the page shows them as written")
    func escaping() {
        // l1's formula |r| would otherwise read as a table cell's edges.
        #expect(LossText.markdown().contains("- loss: \\|r\\|, r = prediction - target\n"))
    }

    @Test("the README, `list` and every `info` name no file outside the repository")
    func noOutsideReferences() throws {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        let texts = [("README.md", readme), ("list", LossText.list()), ("docs/catalog.md", LossText.markdown())]
            + Catalog.all.map { ("info \($0.name)", LossText.info($0)) }
        for (name, text) in texts {
            for outside in ["../shared", "GALLERY.md", "CATALOG.md", "FIGURES.md"] {
                #expect(!text.contains(outside), "\(name) mentions \(outside)")
            }
        }
    }
}
