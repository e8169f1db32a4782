import Dispatch
import Synchronization

/// Maps an array on all cores, keeping the order.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], parallel: Bool, _ transform: @Sendable (T) -> U) -> [U] {
        guard parallel, items.count > 1 else { return items.map(transform) }
        let results = Mutex<[Int: U]>([:])
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let value = transform(items[i])
            results.withLock { $0[i] = value }
        }
        return results.withLock { done in items.indices.map { done[$0]! } }
    }
}
