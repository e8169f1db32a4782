import Foundation
import TestUtilities
import Testing

/// `make test` left about 171 folders in /tmp per run: a test's folder is removed when it ends.
@Suite("A test's temporary folder is removed when the test ends")
struct TemporaryFolderTests {
    struct Planned: Error {}

    @Test("withTemporaryFolder removes the folder and what it holds after its body returns")
    func removedAfterReturn() throws {
        let folder = try withTemporaryFolder { folder in
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
            try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
            #expect(FileManager.default.fileExists(atPath: folder + "/file"))
            return folder
        }
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test("withTemporaryFolder removes the folder when its body throws")
    func removedAfterThrow() throws {
        var seen = ""
        #expect(throws: Planned.self) {
            try withTemporaryFolder { folder in
                seen = folder
                throw Planned()
            }
        }
        #expect(!seen.isEmpty && !FileManager.default.fileExists(atPath: seen))
    }
}
