import Foundation
import Testing

/// The memory probe (Tests/MemoryProbe), built beside this test executable.
enum MemoryProbe {
    static let path = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("memory-probe").path

    static var isBuilt: Bool {
        let built = FileManager.default.isExecutableFile(atPath: path)
        if !built { print("skipped: no memory probe at \(path); run `swift build` first") }
        return built
    }

    /// The heap in use after each count of figures, rendered in one process of its own (the
    /// other tests running in parallel would move this process's own figure).
    static func heap(_ arguments: [String]) throws -> [Int: Int] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var result: [Int: Int] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ").compactMap { Int($0) }
            if fields.count == 2 { result[fields[0]] = fields[1] }
        }
        return result
    }
}

@Suite("Retained memory: rendering more figures in one process keeps no more memory", .enabled(if: MemoryProbe.isBuilt))
struct RetainedMemoryTests {
    /// Less than a kilobyte per figure; glibc's own bookkeeping moves the figure by ~100 KB either way.
    static let allowedGrowth = 190 * 1024

    @Test("the heap in use after 200 figures is that after 10, within 1 KB per figure")
    func flat() throws {
        let heap = try MemoryProbe.heap(["10", "200"])
        let after10 = try #require(heap[10]), after200 = try #require(heap[200])
        #expect(after200 - after10 < Self.allowedGrowth, "\(after10) bytes after 10 figures, \(after200) after 200")
    }

    @Test("a leak of 64 KB per figure on purpose is seen: a test that could fail")
    func seesALeak() throws {
        let heap = try MemoryProbe.heap(["--retain", "65536", "10", "40"])
        let after10 = try #require(heap[10]), after40 = try #require(heap[40])
        #expect(after40 - after10 >= 30 * 65536 - Self.allowedGrowth, "\(after10) bytes after 10 figures, \(after40) after 40")
    }
}
