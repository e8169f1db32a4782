import ImageTestSupport
import CairoCanvas
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("The explorer page: --animate with --out x.html")
struct ExplorerPageTests {
    @Test("60 frames of the default Huber figure fit in 600 KB, in one file with nothing from elsewhere")
    func sizeBudget() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["huber", "--animate", "delta=0.1:3:60", "--out", folder + "/e.html"]) == nil)
        let page = String(decoding: try AnimationContainers.bytes(folder + "/e.html"), as: UTF8.self)
        #expect(page.utf8.count <= 600_000)
        for outside in ["http:", "https:", "src=", "@import", "url(http", "<link"] {
            #expect(!page.contains(outside), "the page refers to \(outside)")
        }
        #expect(page.contains("<svg"))
        #expect(page.components(separatedBy: "type=\"range\"").count == 2)
    }

    @Test("Two --animate flags give two sliders and every combination of their values")
    func twoSliders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["barron", "--animate", "alpha=-2:2:5", "--animate", "delta=0.5,1,2", "--out", folder + "/e.html"]) == nil)
        let page = String(decoding: try AnimationContainers.bytes(folder + "/e.html"), as: UTF8.self)
        #expect(page.components(separatedBy: "type=\"range\"").count == 3)
        // The slot of the curve names a version for each of the 5 x 3 frames.
        let shown = page.components(separatedBy: "data-shown=\"").dropFirst().map { $0.prefix { $0 != "\"" }.split(separator: ",").count }
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0 == 15 })
    }

    @Test("Labels and titles are never markup in the page: no script or element of theirs reaches it")
    func escaping() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = "</script><script>alert(1)</script>", image = "<img src=x onerror=alert(1)>"
        #expect(runCommand(["huber", "--animate", "delta=0.5:2:4", "--label", script, "--title", image, "--xlabel", image,
                            "--out", folder + "/e.html"]) == nil)
        let page = String(decoding: try AnimationContainers.bytes(folder + "/e.html"), as: UTF8.self)
        #expect(!page.contains("alert(1)</script>"))
        #expect(!page.contains("<img"))
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("JSON in the script cannot end the script element")
    func scriptEscaping() {
        #expect(ExplorerPage.escapeScript("</script>\"\\") == "\"\\u003c/script\\u003e\\\"\\\\\"")
        #expect(ExplorerPage.escapeHTML("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
    }
}

@Suite("The explorer page in a real browser (Debian's chromium)", .enabled(if: Chromium.path != nil, "chromium is not installed and `apt-get install chromium` failed"))
struct BrowserTests {
    static let figure = ["huber", "--xlim", "-1.1:1.1", "--ylim", "0:1", "--legend", "upper center"]

    @Test("#delta=0.5 opens at δ = 0.5: the screenshot is the PNG of that figure; the arrow keys move the slider")
    func openAtAddressAndMoveWithKeys() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(Self.figure + ["--animate", "delta=0.25:2:8", "--out", folder + "/e.html"]) == nil)
        #expect(runCommand(Self.figure + ["--delta", "0.5", "--title", "δ = 0.50", "--out", folder + "/same.png"]) == nil)
        #expect(runCommand(Self.figure + ["--delta", "0.75", "--title", "δ = 0.75", "--out", folder + "/next.png"]) == nil)
        let result = try Chromium.drive(url: "file://\(folder)/e.html#delta=0.5", screenshot: folder + "/shot.png", keys: 3)
        #expect(result["before"] as? String == "δ = 0.50")
        #expect(result["after"] as? String == "δ = 1.25")
        #expect(result["addressAfter"] as? String == "#delta=1.25")
        #expect((result["dialogs"] as? [Any])?.isEmpty == true)
        // Browsers and Cairo antialias differently; averaged over 4x4 pixels the two agree,
        // and the next frame's PNG is much further off.
        let shot = try DecodedImage(contentsOf: folder + "/shot.png")
        let same = try Self.blurredRMS(shot, DecodedImage(contentsOf: folder + "/same.png"))
        let next = try Self.blurredRMS(shot, DecodedImage(contentsOf: folder + "/next.png"))
        #expect(same < 3)
        #expect(next > 2 * same)
    }

    @Test("the address holds a value's shortest text: moving from #delta=1.4 gives #delta=1.5, not 1.5000000000000002")
    func shortAddress() throws {
        try withTemporaryFolder { folder in
            // 0.1:3:30 steps by 0.1; its 15th value is computed as 1.5000000000000002.
            #expect(runCommand(["huber", "--animate", "delta=0.1:3:30", "--out", folder + "/e.html"]) == nil)
            let result = try Chromium.drive(url: "file://\(folder)/e.html#delta=1.4", screenshot: folder + "/shot.png", keys: 1)
            #expect(result["addressAfter"] as? String == "#delta=1.5")
        }
    }

    @Test("A label of </script><script>alert(1)</script> and a title of <img onerror> run nothing in the browser")
    func nothingRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let title = "<img src=x onerror=alert(1)>"
        #expect(runCommand(["huber", "--animate", "delta=0.5:2:4", "--label", "</script><script>alert(1)</script>", "--title", title,
                            "--out", folder + "/e.html"]) == nil)
        let result = try Chromium.drive(url: "file://\(folder)/e.html", screenshot: folder + "/shot.png", keys: 1)
        #expect((result["dialogs"] as? [Any])?.isEmpty == true)
        #expect(result["title"] as? String == "\(title) · loss-plot")
        #expect(result["after"] as? String == "δ = 1.0")
    }

    /// RMS over RGB of the two images averaged over 4x4 blocks, on a 0-255 scale.
    static func blurredRMS(_ a: DecodedImage, _ b: DecodedImage) -> Double {
        guard a.width == b.width, a.height == b.height else { return .infinity }
        var sum = 0.0, count = 0
        for by in 0..<(a.height / 4) {
            for bx in 0..<(a.width / 4) {
                for c in 0..<3 {
                    var d = 0.0
                    for y in (4 * by)..<(4 * by + 4) {
                        for x in (4 * bx)..<(4 * bx + 4) {
                            let i = 4 * (y * a.width + x) + c
                            d += Double(a.rgba[i]) - Double(b.rgba[i])
                        }
                    }
                    sum += (d / 16) * (d / 16)
                    count += 1
                }
            }
        }
        return (sum / Double(count)).squareRoot()
    }
}

/// Debian's chromium, installed on first use when missing, and the script that drives it.
enum Chromium {
    static let path: String? = {
        for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        install.arguments = ["sh", "-c", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)"]
        install.standardOutput = FileHandle.nullDevice
        install.standardError = FileHandle.nullDevice
        guard (try? install.run()) != nil else { return nil }
        install.waitUntilExit()
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") ? "/usr/bin/chromium" : nil
    }()

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/drive_page.py").path

    /// Opens the page, screenshots its `width` x `height` corner, presses the right arrow `keys` times.
    static func drive(url: String, screenshot: String, keys: Int, width: Int = 640, height: Int = 480) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, path!, url, screenshot, String(width), String(height), String(keys)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw InputError("drive_page.py failed with status \(process.terminationStatus)")
        }
        return result
    }
}
