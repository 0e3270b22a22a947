import BackboneCore
import Dispatch
import Foundation
import Glibc

/// A program run to its end as a child process, with the wall time and peak memory of that
/// child alone, so benchmarks compare tools as whole processes. Peak memory is the child's
/// largest resident set as `wait4` reports it for that child (`getrusage(RUSAGE_CHILDREN)`
/// would give the largest over every child waited for so far).
///
/// Linux counts the memory of the process that executes a program in that program's peak;
/// for a spawned child, that is the parent's. So the parent first hands its free memory back
/// (`malloc_trim`) and resets its own peak to its current size (`/proc/self/clear_refs`), and
/// `floorBytes` says what the child's figure cannot go below.
public struct MeasuredProcess: Sendable {
    public enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    public var ending: Ending
    /// The child ran past its time limit and was killed.
    public var timedOut: Bool
    public var standardOutput: String
    /// From just before the child started until it ended.
    public var seconds: Double
    /// The child's largest resident set.
    public var peakBytes: Int
    /// The parent's resident set when the child started: `peakBytes` is at least this.
    public var floorBytes: Int

    public var succeeded: Bool { ending == .exited(0) && !timedOut }

    /// Runs `executable` (looked up in `PATH` when it has no slash) with `arguments` in the
    /// current folder and environment: standard input from /dev/null, standard output
    /// captured, standard error into the file `standardError` (created owner-only). After
    /// `timeout` seconds the child is killed (SIGKILL).
    public static func run(
        _ executable: String, _ arguments: [String], standardError: String, timeout: Double? = nil
    ) throws -> MeasuredProcess {
        var pipe: [Int32] = [-1, -1]
        guard Glibc.pipe(&pipe) == 0 else { throw failure("cannot make a pipe", executable, errno) }
        // Neither end may leak into the child beyond the standard output it is given.
        for end in pipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }

        var pid: pid_t = 0
        let floor = resetPeakMemory()
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environment)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            throw failure("cannot start the program", executable, spawned)
        }
        let watch = ChildWatch(pid)
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watch.timeOut() } }
        let output = readAll(pipe[0])
        close(pipe[0])

        // Wait for the end without reaping, so the timer can never signal a reused process id.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let timedOut = watch.finish()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let signal = status & 0x7f
        return MeasuredProcess(
            ending: signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal), timedOut: timedOut,
            standardOutput: String(decoding: output, as: UTF8.self), seconds: seconds,
            peakBytes: Int(usage.ru_maxrss) * 1024, floorBytes: floor)  // kibibytes on Linux
    }

    /// Returns free memory to the system, resets this process's peak resident set to its
    /// current size ("5", Linux 4.0 and later) and returns that peak, which a child started now
    /// inherits; 0 where /proc cannot tell.
    private static func resetPeakMemory() -> Int {
        _ = mallocTrim(0)
        if let file = fopen("/proc/self/clear_refs", "w") {
            fputs("5", file)
            fclose(file)
        }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        let kibibytes = line?.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) }
        return (kibibytes ?? 0) * 1024
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return output
            }
        }
    }

    private static func failure(_ what: String, _ executable: String, _ code: Int32) -> Diagnostic {
        .error("\(what): \(String(cString: strerror(code)))", at: SourceLocation(file: executable))
    }
}

/// glibc's `malloc_trim`, which the Glibc module does not declare.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Kills a child at its time limit unless it has ended first.
private final class ChildWatch: @unchecked Sendable {
    private let lock = NSLock()
    private let pid: pid_t
    private var running = true
    private var killed = false

    init(_ pid: pid_t) {
        self.pid = pid
    }

    func timeOut() {
        lock.withLock {
            guard running else { return }
            kill(pid, SIGKILL)
            killed = true
        }
    }

    /// Marks the child ended; true when it was killed for running too long.
    func finish() -> Bool {
        lock.withLock {
            running = false
            return killed
        }
    }
}
