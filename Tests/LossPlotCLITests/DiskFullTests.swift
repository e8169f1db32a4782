import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// A small tmpfs of its own, mounted for the test and unmounted after it, whatever happens.
private struct SmallDisk {
    let path: String

    /// `mount -t tmpfs -o size=SIZE tmpfs PATH`; needs root (or CAP_SYS_ADMIN).
    init(size: String) throws {
        path = try temporaryFolder()
        let result = Self.run("mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
        guard result.status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw Unavailable(reason: "mount -t tmpfs failed (\(result.status)): \(result.output)")
        }
    }

    func unmount() {
        if Self.run("umount", [path]).status != 0 { _ = Self.run("umount", ["-l", path]) }
        try? FileManager.default.removeItem(atPath: path)
    }

    struct Unavailable: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

    /// Whether a tmpfs can be mounted here; says why not when it cannot.
    static func canMount() -> Bool {
        do {
            try SmallDisk(size: "16k").unmount()
            return true
        } catch {
            print("DiskFullTests skipped: \(error) (they need root to mount a tmpfs)")
            return false
        }
    }

    static func run(_ tool: String, _ arguments: [String]) -> (status: Int32, output: String) {
        guard let executable = ["/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"].map({ $0 + tool })
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            return (127, "\(tool) not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (127, "\(error)")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes zeros to `name` until the disk refuses more.
    func fill(_ name: String) throws {
        let fd = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Unavailable(reason: "cannot create the filler: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) > 0 {}
        // Whatever is left is smaller than a block: take it byte by byte.
        while block.withUnsafeBytes({ write(fd, $0.baseAddress!, 1) }) > 0 {}
        guard errno == ENOSPC else { throw Unavailable(reason: "filling stopped with: \(String(cString: strerror(errno)))") }
    }
}

@Suite("A full disk: the old file stays, no temporary file remains, the message says why",
       .enabled("needs a tmpfs; mounting one needs root") { SmallDisk.canMount() })
struct DiskFullTests {
    @Test("a CSV larger than the free space fails with the path and 'No space left on device'")
    func csvOnFullDisk() throws {
        let disk = try SmallDisk(size: "64k")
        defer { disk.unmount() }
        let path = disk.path + "/fig.csv"
        let old = Data("x,l1\n-1.0,1.0\n1.0,1.0\n".utf8)
        try old.write(to: URL(fileURLWithPath: path))
        try disk.fill("filler")

        let result = try #require(failure(["l1", "l2", "--samples", "200000", "--out", path]))

        #expect(result.message == "Error: cannot write '\(path)': No space left on device")
        #expect(result.exitCode == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["fig.csv", "filler"])
    }

    @Test("a picture that does not fit fails the same way", arguments: ["png", "svg", "pdf"])
    func pictureOnFullDisk(ext: String) throws {
        let disk = try SmallDisk(size: "64k")
        defer { disk.unmount() }
        let path = disk.path + "/fig." + ext
        let old = Data("old picture".utf8)
        try old.write(to: URL(fileURLWithPath: path))
        try disk.fill("filler")

        let result = try #require(failure(["l1", "l2", "--size", "400x300", "--out", path]))

        #expect(result.message == "Error: cannot write '\(path)': No space left on device")
        #expect(result.exitCode == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["fig.\(ext)", "filler"])
    }

    @Test("with the space back, the same command replaces the old file")
    func spaceBack() throws {
        let disk = try SmallDisk(size: "64k")
        defer { disk.unmount() }
        let path = disk.path + "/fig.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try disk.fill("filler")
        #expect(failure(["l1", "--samples", "5000", "--out", path]) != nil)
        try FileManager.default.removeItem(atPath: disk.path + "/filler")

        #expect(runCommand(["l1", "--samples", "3", "--out", path]) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x,l1\n-1.0,1.0\n0.0,0.0\n1.0,1.0\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["fig.csv"])
    }
}
