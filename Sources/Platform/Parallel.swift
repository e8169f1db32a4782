/// Work spread over the cores with `concurrentPerform`, results kept in order: the one way the
/// project runs loops in parallel (sweeps, batch rendering, two files read at once, the fit's
/// passes over the points).
///
/// Each iteration initialises only its own slot of one buffer, and `concurrentPerform` returns
/// after every iteration: that return orders all writes before the reads, with no lock and no
/// shared Swift variable for ThreadSanitizer to doubt (it does not follow the futex inside
/// `Synchronization.Mutex`, and flagged a dictionary a Mutex guarded; `Lock` is the lock it sees).
public enum Parallel {
    /// The cores to use (at most 8).
    public static let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

    /// `items.map(transform)`, on all cores when `parallel` and there are two items or more.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], parallel: Bool = true, _ transform: @Sendable (T) -> U) -> [U] {
        guard parallel, items.count > 1 else { return items.map(transform) }
        let slots = Slots<U>(base: .allocate(capacity: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            (slots.base + i).initialize(to: transform(items[i]))
        }
        let results = Array(UnsafeBufferPointer(start: slots.base, count: items.count))
        slots.base.deinitialize(count: items.count)
        slots.base.deallocate()
        return results
    }

    /// `work(0)` and `work(1)` on two threads (two files read at once); when both throw, the
    /// error of `work(0)` is the one thrown.
    public static func pair<U: Sendable>(_ work: @Sendable (Int) throws -> U) throws -> (U, U) {
        let results = map([0, 1]) { i in Result { try work(i) } }
        return (try results[0].get(), try results[1].get())
    }

    /// The result buffer, shared with the iterations: each writes only its own element.
    private struct Slots<U>: @unchecked Sendable {
        let base: UnsafeMutablePointer<U>
    }
}
