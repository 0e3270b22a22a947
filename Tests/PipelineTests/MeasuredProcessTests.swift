import Foundation
import BackboneTestSupport
import Pipeline
import Testing

/// Child processes run, timed and measured one by one.
@Suite struct MeasuredProcessTests {
    static func log() throws -> String {
        try Fixtures.temporaryDirectory("measured").appendingPathComponent("stderr.log").path
    }

    @Test func capturesStandardOutputAndWritesStandardErrorToTheLog() throws {
        let log = try Self.log()
        let run = try MeasuredProcess.run("sh", ["-c", "echo counted; echo warned >&2; exit 3"], standardError: log)
        #expect(run.standardOutput == "counted\n")
        #expect(run.ending == .exited(3))
        #expect(!run.succeeded && !run.timedOut)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "warned\n")
        #expect((try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int) == 0o600)
    }

    /// Peak memory is each child's own: a small child after a large one is measured small
    /// (above the floor of this test process's own size, which Linux counts in it).
    @Test func peakMemoryIsTheChildsOwn() throws {
        let large = try MeasuredProcess.run(
            "dd", ["if=/dev/zero", "of=/dev/null", "bs=64M", "count=1"], standardError: try Self.log())
        #expect(large.succeeded)
        #expect(large.peakBytes >= 64 << 20)
        let small = try MeasuredProcess.run("true", [], standardError: try Self.log())
        #expect(small.succeeded)
        #expect(small.floorBytes > 0)
        #expect(small.peakBytes > 0 && small.peakBytes < small.floorBytes + (16 << 20))
    }

    @Test func aChildPastItsTimeLimitIsKilled() throws {
        let run = try MeasuredProcess.run("sleep", ["30"], standardError: try Self.log(), timeout: 0.3)
        #expect(run.timedOut && !run.succeeded)
        #expect(run.ending == .signalled(9))
        #expect(run.seconds >= 0.3 && run.seconds < 10)
    }

    @Test func aProgramThatCannotStartIsAnErrorNamingIt() throws {
        let error = #expect(throws: (any Error).self) {
            try MeasuredProcess.run("/nonexistent/python", [], standardError: try Self.log())
        }
        #expect("\(error!)" == "/nonexistent/python: error: cannot start the program: No such file or directory")
    }
}
