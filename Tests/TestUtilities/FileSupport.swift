import Foundation

/// The repository's root, from this file's path (Tests/TestUtilities/FileSupport.swift).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A fresh temporary folder; prefer ``withTemporaryFolder(_:)``, which removes it afterwards.
public func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "loss-plot-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs `body` in a fresh temporary folder and removes the folder when it returns or throws.
public func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(folder)
}

/// Runs `body` in a fresh temporary folder and removes the folder when it returns or throws.
public func withTemporaryFolder<T>(_ body: (String) async throws -> T) async throws -> T {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try await body(folder)
}

/// numpy.linspace(lower, upper, count)[i], computed as numpy does: lower + i * step, the last exactly upper.
public func linspace(_ lower: Double, _ upper: Double, _ count: Int) -> [Double] {
    let step = (upper - lower) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? upper : lower + Double($0) * step }
}

/// Width and height from a PNG's IHDR chunk.
public func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data)
    guard bytes.count > 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}
