#if canImport(Glibc)
import Glibc
#endif

/// A value guarded by a pthread mutex. Synchronization's `Mutex` would do, but on Linux it locks
/// with a bare futex, which ThreadSanitizer does not see: every access under it was reported as a
/// race (`make sanitize`, FontLibrary's pool of text layouts). pthread's lock is intercepted.
public final class Lock<Value>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var value: Value

    /// A lock guarding `value`.
    public init(_ value: Value) {
        self.value = value
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// `body` with the value, under the lock.
    public func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
