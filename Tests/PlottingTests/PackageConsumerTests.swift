import Foundation
import Testing

/// A package of its own, in a temporary folder, depends on this checkout's LossFunctions and
/// Plotting products by path and runs the README's example of using them.
@Suite("Other packages build against the LossFunctions and Plotting products")
struct PackageConsumerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The README's ```swift block that starts with `import LossFunctions`.
    static func readmeExample() throws -> String {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        return try #require(blocks.first { $0.hasPrefix("import LossFunctions") })
    }

    @Test("the README's example builds as a package of its own and prints Huber's values and derivatives")
    func consumer() throws {
        let folder = NSTemporaryDirectory() + "loss-plot-consumer-" + UUID().uuidString
        let sources = folder + "/consumer/Sources/consumer"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The dependency's identity is its folder's name, whatever the checkout is called.
        try FileManager.default.createSymbolicLink(atPath: folder + "/loss-plot", withDestinationPath: Self.repository.path)
        try Data("""
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "consumer",
                dependencies: [.package(path: "../loss-plot")],
                targets: [
                    .executableTarget(name: "consumer", dependencies: [
                        .product(name: "LossFunctions", package: "loss-plot"),
                        .product(name: "Plotting", package: "loss-plot"),
                    ]),
                ]
            )

            """.utf8).write(to: URL(fileURLWithPath: folder + "/consumer/Package.swift"))
        try Data(try Self.readmeExample().utf8).write(to: URL(fileURLWithPath: sources + "/main.swift"))

        let resolve = try swift(["package", "resolve"], in: folder + "/consumer")
        guard resolve.status == 0 else {
            print("skipped: the consumer package's dependencies do not resolve offline: \(resolve.output.suffix(300))")
            return
        }
        let build = try swift(["build"], in: folder + "/consumer")
        #expect(build.status == 0, "\(build.output.suffix(2000))")
        let run = try execute(folder + "/consumer/.build/debug/consumer", [], in: folder + "/consumer")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        // Huber with δ = 1 at r = -2, -0.5, 0, 0.5, 2: r²/2 inside δ, |r| - 1/2 outside; slopes r and
        // sign(r); second derivatives 1 and 0.
        #expect(lines.first == "[1.5, 0.125, 0.0, 0.125, 1.5] [-1.0, -0.5, 0.0, 0.5, 1.0] [0.0, 1.0, 1.0, 1.0, 0.0]")
        #expect(run.output.contains("Huber, δ = 1"))
    }

    private func swift(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        try execute("/usr/bin/env", ["swift"] + arguments, in: folder)
    }

    /// Runs a program with the test's environment (its PATH finds swift), both outputs in one text.
    private func execute(_ executable: String, _ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let log = folder + "/.swift-output"
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOfFile: log, encoding: .utf8))
    }
}
