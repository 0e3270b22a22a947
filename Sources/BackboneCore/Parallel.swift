import Dispatch

/// Fan-out over indices with Dispatch, each worker writing only its own slot, so the result
/// is in index order whatever the thread count or scheduling.
public enum Parallel {
    /// Runs `body` for every index in `0..<count` concurrently and returns the results in order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots.set(i, body(i))
        }
        return slots.values()
    }

    /// Storage written at distinct indices from different threads; read only after all writers end.
    private final class Slots<T>: @unchecked Sendable {
        private let buffer: UnsafeMutablePointer<T?>
        private let count: Int

        init(count: Int) {
            self.count = count
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil, count: count)
        }

        deinit {
            buffer.deinitialize(count: count)
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: T) { buffer[index] = value }

        func values() -> [T] { (0..<count).map { buffer[$0]! } }
    }
}
