import Platform
#if canImport(Glibc)
import Glibc
#endif

/// The folder `batch --out-dir` writes into: created when missing, and checked writable before
/// any figure is drawn, so that a folder that cannot take the files is one line, not one per file.
enum OutputFolder {
    /// Creates `path` and its missing parents, then writes and removes a probe file in it.
    ///
    /// - Throws: ``InputError`` naming `--out-dir`, the folder and the system's reason.
    static func prepare(_ path: String) throws {
        var current = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            let parent = current
            current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + component
            guard mkdir(current, 0o777) != 0 else { continue }
            let reason = errno
            var isFolder: Bool = false
            if reason == EEXIST, FileManager.default.fileExists(atPath: current, isDirectory: &isFolder), isFolder { continue }
            let why = reason == ENOTDIR || reason == EEXIST
                ? "'\(reason == ENOTDIR ? parent : current)' is a file, not a folder"
                : String(cString: strerror(reason))
            throw InputError("--out-dir: cannot create '\(path)': \(why); nothing was written")
        }
        let probe = joinPath(path, ".loss-plot-probe-\(getpid())")
        let fd = open(probe, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw InputError("--out-dir: cannot write into '\(path)': \(String(cString: strerror(errno))); nothing was written")
        }
        close(fd)
        unlink(probe)
    }
}
