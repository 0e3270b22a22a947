import BackboneTestSupport
import Foundation
import Pipeline
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct RunLockTests {
    @Test func aHeldLockStopsASecondTakerNamingTheHolder() throws {
        let target = try Fixtures.temporaryDirectory("lock").appendingPathComponent("card").path
        let held = try RunLock.acquire(for: target, wait: false)
        // flock locks belong to open files: a second descriptor in this process conflicts as another process would.
        #expect {
            try RunLock.acquire(for: target, wait: false)
        } throws: { error in
            guard let busy = error as? RunLockBusy else { return false }
            return busy.holder?.pid == getpid() && busy.description.contains("pass --wait")
        }
        held.release()
        let next = try RunLock.acquire(for: target, wait: false)
        #expect(next.reclaimedFrom == nil, "a released lock is not stale")
        next.release()
    }

    @Test func aLockFileNamingAHolderThatIsGoneIsTakenOver() throws {
        let folder = try Fixtures.temporaryDirectory("stale-lock")
        let target = folder.appendingPathComponent("card").path
        try Data("999999 nightly-host 2026-01-02T03:04:05Z\n".utf8).write(to: folder.appendingPathComponent(".card.lock"))
        let lock = try RunLock.acquire(for: target, wait: false)
        #expect(lock.reclaimedFrom?.description == "process 999999 on nightly-host, started 2026-01-02T03:04:05Z")
        let line = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(line.hasPrefix("\(getpid()) "))
        lock.release()
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8).isEmpty)
    }

    @Test func aWaitingTakerGetsTheLockOnceItIsReleased() throws {
        let target = try Fixtures.temporaryDirectory("lock-wait").appendingPathComponent("card").path
        let held = try RunLock.acquire(for: target, wait: false)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { held.release() }
        var announced: RunLock.Holder?
        let lock = try RunLock.acquire(for: target, wait: true) { announced = $0 }
        #expect(announced?.pid == getpid())
        lock.release()
    }
}
