import Platform
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file or standard input into memory, with errors that name the flag.
enum InputBytes {
    static func file(_ path: String, flag: String) throws -> [UInt8] {
        let fd = try open(path, flag: flag)
        defer { close(fd) }
        return try read(fd, name: "'\(path)'", flag: flag)
    }

    /// The file opened for reading; a directory or an open that fails is an error naming the flag.
    private static func open(_ path: String, flag: String) throws -> Int32 {
        var isDirectory: Bool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory {
            throw InputError("\(flag): cannot read '\(path)': it is a directory")
        }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError("\(flag): cannot read '\(path)': \(String(cString: strerror(errno)))") }
        return fd
    }

    /// `body` over the whole file's bytes: a regular file is mapped read-only (its pages come from
    /// the page cache, never copied whole); anything else (a pipe, a device) is read into memory.
    static func withFile<T>(_ path: String, flag: String, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        let fd = try open(path, flag: flag)
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
           let mapped = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), mapped != MAP_FAILED {
            defer { munmap(mapped, Int(info.st_size)) }
            return try body(UnsafeRawBufferPointer(start: mapped, count: Int(info.st_size)))
        }
        return try read(fd, name: "'\(path)'", flag: flag).withUnsafeBytes(body)
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
