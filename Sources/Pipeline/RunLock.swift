import BackboneCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Another run holds the published folder's lock.
public struct RunLockBusy: Error, CustomStringConvertible, Sendable {
    public var lockFile: String
    public var holder: RunLock.Holder?

    public var description: String {
        "another run is publishing this card (\(holder?.description ?? "holder unknown"); lock \(lockFile)); "
            + "try again later or pass --wait"
    }
}

/// One publishing run per published folder at a time: an exclusive flock(2) on
/// `out/.card.lock`. The kernel drops the lock when its process dies, however it dies, so a
/// lock left by a killed run is free; its file still names the dead holder, which is how a
/// stale lock is recognised and reported. Sendable so its owner may release it from another
/// thread; only `release` changes it.
public final class RunLock: @unchecked Sendable {
    /// Who holds (or held) a lock: written into the lock file by its holder.
    public struct Holder: Sendable, Equatable, CustomStringConvertible {
        public var pid: Int32
        public var host: String
        public var started: String

        public var description: String { "process \(pid) on \(host), started \(started)" }

        init(pid: Int32, host: String, started: String) {
            self.pid = pid
            self.host = host
            self.started = started
        }

        init?(_ text: String) {
            let parts = text.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 3, let pid = Int32(parts[0]) else { return nil }
            self.init(pid: pid, host: String(parts[1]), started: String(parts[2]))
        }

        var line: String { "\(pid) \(host) \(started)\n" }
    }

    public let path: String
    /// The holder a dead run left in the lock file, when this lock was taken over from it.
    public let reclaimedFrom: Holder?
    private var descriptor: Int32

    /// Takes the lock for the folder `target` is published to. Without `wait`, throws
    /// `RunLockBusy` when another run holds it; with `wait`, calls `waiting` once and polls.
    public static func acquire(for target: String, wait: Bool, waiting: (Holder?) -> Void = { _ in }) throws -> RunLock {
        let path = FilePath.directory(of: target) + "/." + FilePath.name(of: target) + ".lock"
        do {
            try FileManager.default.createDirectory(atPath: FilePath.directory(of: target), withIntermediateDirectories: true)
        } catch {
            throw InternalError("cannot create the folder for the lock: \(FileErrorReason.of(error))", at: SourceLocation(file: path))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic.error("cannot open the lock file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        var announced = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(descriptor)
                throw Diagnostic.error("cannot lock: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
            }
            guard wait else {
                close(descriptor)
                throw RunLockBusy(lockFile: path, holder: readHolder(path))
            }
            if !announced {
                waiting(readHolder(path))
                announced = true
            }
            usleep(100_000)
        }
        // A holder still named in the file released nothing: its process ended without unlocking.
        let stale = readHolder(path)
        let lock = RunLock(path: path, descriptor: descriptor, reclaimedFrom: stale)
        lock.writeHolder()
        return lock
    }

    private init(path: String, descriptor: Int32, reclaimedFrom: Holder?) {
        self.path = path
        self.descriptor = descriptor
        self.reclaimedFrom = reclaimedFrom
    }

    /// Clears the holder and unlocks; the lock file stays, so waiting runs keep their descriptor's file.
    public func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    private func writeHolder() {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let holder = Holder(pid: getpid(), host: host.isEmpty ? "unknown" : host, started: RunIdentifier.timestamp(Date()))
        _ = ftruncate(descriptor, 0)
        let bytes = Array(holder.line.utf8)
        _ = pwrite(descriptor, bytes, bytes.count, 0)
        _ = fsync(descriptor)
    }

    private static func readHolder(_ path: String) -> Holder? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return Holder(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
