import Platform
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file atomically: into a temporary file in the target's folder, flushed to disk,
/// then renamed over the target. On any failure the target is left exactly as it was and the
/// temporary file is removed.
public enum AtomicFile {
    /// A failure to write, with the path and the system's reason.
    public struct WriteError: Error, CustomStringConvertible {
        /// The file that could not be written.
        public let path: String
        /// What the system said (strerror's text).
        public let reason: String
        /// "cannot write 'PATH': REASON".
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Writes the bytes to `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { writer in try writer.write(bytes) }
    }

    /// Streams a file's content through `body` and puts it at `path` when all of it is written.
    public static func write(to path: String, _ body: (BufferedWriter) throws -> Void) throws {
        // A symbolic link keeps pointing at the file, which is the one replaced.
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let target = url.path
        let folder = url.deletingLastPathComponent().path
        var isDirectory: Bool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory {
            throw WriteError(path: path, reason: "it is a directory")
        }
        // An existing file keeps its permissions; a new one gets what a plain create would give it.
        var existing = stat()
        let mask = umask(0)
        umask(mask)
        let mode = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666 & ~mask
        // The temporary name stays within the 255 bytes a file name may have.
        let stem = String(decoding: Array(url.lastPathComponent.utf8.prefix(200)), as: UTF8.self)
        var template = Array((folder + "/." + stem + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(cString: template)
        var closed = false
        do {
            let writer = BufferedWriter(fd: fd, path: path)
            try body(writer)
            try writer.flush()
            fchmod(fd, mode)
            guard fsync(fd) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            closed = true
            guard close(fd) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            guard rename(temporary, target) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
    }
}

/// Buffers writes to a file descriptor in 1 MiB blocks.
public final class BufferedWriter {
    private let fd: Int32
    private let path: String
    private var buffer: [UInt8] = []

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends bytes; they reach the file when the buffer fills or on `flush()`.
    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends a string's UTF-8 bytes.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
