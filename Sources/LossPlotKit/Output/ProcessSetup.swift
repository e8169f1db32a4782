import CairoCanvas

/// What the `loss-plot` process sets up before it reads its command line.
public enum ProcessSetup {
    /// Keeps large buffers (images, PNG data) in the heap between figures instead of mapping and
    /// unmapping them each time (fewer page faults), and for `batch` starts loading the fonts on
    /// another core while the command line is read.
    public static func prepare(arguments: [String]) {
        _ = mallopt(-3, 64 << 20)  // M_MMAP_THRESHOLD
        _ = mallopt(-1, 128 << 20)  // M_TRIM_THRESHOLD
        if arguments.first == "batch" {
            FontLibrary.prewarm(formats: [.png, .svg])
        }
    }
}

/// glibc's mallopt(3); its header is not part of the Glibc module.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
