import Dispatch
import Foundation

/// Fan-out over indices with Dispatch, each worker writing only its own slot, so the result
/// is in index order whatever the thread count or scheduling.
public enum Parallel {
    /// Workers used at once: `BACKBONE_THREADS` when set (so tests and audits can show that
    /// outputs do not depend on it), else the machine's cores.
    public static let workers: Int = {
        if let text = ProcessInfo.processInfo.environment["BACKBONE_THREADS"], let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Runs `body` for every index in `0..<count` concurrently and returns the results in order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let workers = min(Self.workers, max(count, 1))
        // Worker w takes indices w, w + workers, …: which thread computes a slot never matters.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                slots.set(index, body(index))
                index += workers
            }
        }
        return slots.values()
    }

    /// Like `map`, for a few tasks of very unequal size (whole sources): idle workers take the
    /// next task, largest `cost` first, so one worker does not end up with all the big ones.
    /// Results are still in index order.
    public static func mapLargestFirst<T: Sendable>(_ costs: [Int], _ body: @Sendable (Int) -> T) -> [T] {
        let order = costs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        let slots = Slots<T>(count: costs.count)
        let queue = TaskQueue(order)
        DispatchQueue.concurrentPerform(iterations: min(Self.workers, max(costs.count, 1))) { _ in
            while let index = queue.next() { slots.set(index, body(index)) }
        }
        return slots.values()
    }

    /// Hands out indices one at a time to whichever worker asks.
    private final class TaskQueue: @unchecked Sendable {
        private let order: [Int]
        private var position = 0
        private let lock = NSLock()

        init(_ order: [Int]) { self.order = order }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard position < order.count else { return nil }
            position += 1
            return order[position - 1]
        }
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
