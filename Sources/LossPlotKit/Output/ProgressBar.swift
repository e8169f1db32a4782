import Platform
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error, drawn only when standard error is a terminal and the work
/// has already taken a second: short runs and pipes see nothing.
final class ProgressBar {
    private let total: Int
    private let label: String
    private let start = DispatchTime.now()
    /// Whether the bar can be drawn at all (standard error is a terminal).
    let enabled: Bool
    private var shown = false
    private var lastDrawn = 0.0
    static let delay = 1.0
    static let width = 30

    init(total: Int, label: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.label = label
        self.enabled = enabled
    }

    private var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Notes that `done` of the total are done.
    func update(_ done: Int) {
        guard enabled else { return }
        let now = elapsed
        guard now >= Self.delay, now - lastDrawn >= 0.1 || done == total else { return }
        lastDrawn = now
        shown = true
        let filled = total == 0 ? Self.width : Self.width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: Self.width - filled)
        StandardError.write("\r\(label) [\(bar)] \(done)/\(total)")
    }

    /// Clears the bar's line, if one was drawn.
    func finish() {
        guard shown else { return }
        StandardError.write("\r\u{1B}[2K")
    }
}

/// A progress bar fed from several threads: each adds the work it finished, and a thread that
/// finds the bar free draws it (the others go on without waiting).
final class SharedProgress: @unchecked Sendable {
    private let done = Atomic<Int>(0)
    private let drawing = Atomic<Bool>(false)
    // Touched only by the thread holding `drawing`, or after every worker has returned (`finish`).
    private let bar: ProgressBar

    /// A shared bar, or nil when `bar` would never be drawn (standard error is not a terminal).
    static func make(_ bar: ProgressBar) -> SharedProgress? {
        bar.enabled ? SharedProgress(bar) : nil
    }

    private init(_ bar: ProgressBar) { self.bar = bar }

    /// Adds `count` finished units.
    func advance(by count: Int) {
        let now = done.add(count, ordering: .relaxed).newValue
        guard drawing.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        bar.update(now)
        drawing.store(false, ordering: .releasing)
    }

    /// Clears the bar's line; call once every thread has finished.
    func finish() {
        guard drawing.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        bar.finish()
    }
}
