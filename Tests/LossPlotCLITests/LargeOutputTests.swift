import Foundation
import TestUtilities
import Testing

/// Issue 22: `huber --samples 100000000 --out big.json` wrote 10.5 GB in silence. A file of
/// numbers estimated over 1 GB now needs --force, and long work shows a progress bar on a terminal.
@Suite("A huge file of numbers needs --force; long work shows its progress on a terminal", .enabled(if: LossPlotBinary.isBuilt))
struct LargeOutputTests {
    @Test("a JSON file over 1 GB is refused with its estimate, before anything is written")
    func refused() throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(["huber", "--delta", "0.25,0.5,1,2", "--range", "-1:1", "--samples", "100000000", "--out", "big.json"], in: folder)
            #expect(result.status == 1)
            // 10.5 GB is the size of the file the issue reports this command line wrote (Huber's four
            // deltas on -1:1 were then its default).
            #expect(result.stderr == "Error: --out: 'big.json' would be about 10.5 GB (100000000 samples of 4 curves); add --force to write it\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.isEmpty)
        }
    }

    @Test("the estimate is within a few per cent of the file written", arguments: ["json", "csv"])
    func estimate(format: String) throws {
        try withTemporaryFolder { folder in
            let arguments = ["huber", "--samples", "100000", "--derivative", "1", "--out", "m." + format]
            let refusal = try LossPlotBinary.run(arguments + ["--force"], in: folder)
            let prefix = "Error: --force: 'm.\(format)' would be about ", suffix = " MB; only a file over 1 GB needs it, so leave it out\n"
            #expect(refusal.stderr.hasPrefix(prefix) && refusal.stderr.hasSuffix(suffix), "\(refusal.stderr)")
            let estimate = try #require(Double(refusal.stderr.dropFirst(prefix.count).dropLast(suffix.count)))
            #expect(try LossPlotBinary.run(arguments, in: folder).status == 0)
            let size = try #require(FileManager.default.attributesOfItem(atPath: folder + "/m." + format)[.size] as? Int)
            #expect(abs(estimate * 1e6 - Double(size)) / Double(size) < 0.03, "estimated \(estimate) MB, wrote \(size) bytes")
        }
    }

    @Test("--force is refused where nothing large is written",
          arguments: [(["huber", "--force", "--out", "f.png"], "--force: only a .csv or .json file can be large enough to need it; leave it out"),
                      (["huber", "--force", "--terminal"], "--force: only a .csv or .json file can be large enough to need it; leave it out"),
                      (["huber", "--delta", "0.25,0.5,1,2", "--force", "--samples", "3", "--out", "f.csv"], "--force: 'f.csv' would be about 108 bytes; only a file over 1 GB needs it, so leave it out")])
    func forceRefused(arguments: [String], message: String) throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(arguments, in: folder)
            #expect(result.status == 1 && result.stderr == "Error: \(message)\n")
        }
    }

    /// Runs a command line on a pseudo-terminal (util-linux `script`), standard output discarded;
    /// returns what it wrote on standard error, or nil when `script` is missing.
    static func onTerminal(_ arguments: [String], in folder: String) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return nil }
        let command = ([LossPlotBinary.path] + arguments).joined(separator: " ") + " 2>&1 >/dev/null"
        let result = try ProcessRun.run("/usr/bin/script", ["-qec", command, "/dev/null"], in: folder)
        #expect(result.status == 0)
        return String(decoding: result.stdout, as: UTF8.self)
    }

    /// Work that takes over a second: a CSV's rows (10^6 samples of 3 curves), and a picture's
    /// samples (3 curves of 10^7, evaluated on every core, one bar fed from each).
    @Test("work over a second draws a bar on a terminal's standard error, then clears it", arguments: [
        (["huber", "--samples", "1000000", "--out", "p.csv"], "] 1000000/1000000", "p.csv"),
        (["huber", "--samples", "10000000", "--out", "p.png"], "] 30000000/30000000", "p.png"),
    ])
    func progressOnTerminal(arguments: [String], end: String, file: String) throws {
        try withTemporaryFolder { folder in
            guard let stderr = try Self.onTerminal(arguments, in: folder) else {
                print("skipped: no /usr/bin/script to run on a pseudo-terminal")
                return
            }
            #expect(stderr.contains("\rsamples [#"), "\(stderr.prefix(200))")
            #expect(stderr.contains(end))
            #expect(stderr.hasSuffix("\r\u{1B}[2K"))
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file))
        }
    }

    @Test("nothing is drawn when standard error is not a terminal")
    func noProgressInPipes() throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(["huber", "--samples", "1000000", "--out", "p.csv"], in: folder)
            #expect(result.status == 0 && result.stderr.isEmpty)
        }
    }
}
