import Foundation

/// Runs a program with bytes on its standard input and collects both outputs as bytes.
enum ProcessRun {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil, in folder: String,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no", "HOME": folder].merging(environment) { $1 }
        // Files, not pipes: nothing to drain while the process runs.
        let paths = ["in", "out", "err"].map { folder + "/.process-" + $0 + "-" + UUID().uuidString }
        defer { paths.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try (stdin ?? Data()).write(to: URL(fileURLWithPath: paths[0]))
        for path in paths.dropFirst() { try Data().write(to: URL(fileURLWithPath: path)) }
        let handles = [try FileHandle(forReadingFrom: URL(fileURLWithPath: paths[0])),
                       try FileHandle(forWritingTo: URL(fileURLWithPath: paths[1])),
                       try FileHandle(forWritingTo: URL(fileURLWithPath: paths[2]))]
        process.standardInput = handles[0]
        process.standardOutput = handles[1]
        process.standardError = handles[2]
        try process.run()
        process.waitUntilExit()
        try handles.forEach { try $0.close() }
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: URL(fileURLWithPath: paths[1])),
                      stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths[2])), as: UTF8.self))
    }
}
