import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file or standard input into memory, with errors that name the flag.
enum InputBytes {
    static func file(_ path: String, flag: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError("\(flag): cannot read '\(path)': it is a directory")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError("\(flag): cannot read '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return try read(fd, name: "'\(path)'", flag: flag)
    }

    static func standardInput(flag: String) throws -> [UInt8] {
        try read(STDIN_FILENO, name: "standard input", flag: flag)
    }

    /// Everything `fd` gives until its end, in 1 MiB reads.
    private static func read(_ fd: Int32, name: String, flag: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        bytes.reserveCapacity(size + 1)
        let chunk = 1 << 20
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + start, chunk) }
            if n < 0 {
                bytes.removeLast(chunk)
                if errno == EINTR { continue }
                throw InputError("\(flag): cannot read \(name): \(String(cString: strerror(errno)))")
            }
            bytes.removeLast(chunk - n)
            if n == 0 { return bytes }
        }
    }
}
