import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What the nightly scheduler relies on: a killed run leaves the last good card as it was and
/// nothing that breaks the next run; two runs never publish one card at once.
@Suite(.serialized) struct PublishSafetyTests {
    /// kill -9 while the report is being written: the published card is untouched, and the next
    /// run takes over the dead run's lock, clears its staging folder and publishes.
    @Test func aKilledRunLeavesTheLastCardUntouched() throws {
        let folder = try Fixtures.temporaryDirectory("kill")
        let card = folder.appendingPathComponent("card")
        try FileManager.default.copyItem(at: try DemoRun.get().output, to: card)
        let before = try snapshot(card)
        let staging = folder.appendingPathComponent(".card.staging").path

        let process = try start([
            "run", "pipelines/riverton.yml", "--quiet", "--out", card.path, "--private", folder.appendingPathComponent("private").path,
        ])
        let deadline = Date().addingTimeInterval(300)
        while !FileManager.default.fileExists(atPath: staging), process.isRunning, Date() < deadline { usleep(2_000) }
        #expect(process.isRunning, "the run ended before it could be killed mid-report")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try snapshot(card) == before, "the published card changed")
        #expect(try String(contentsOfFile: folder.appendingPathComponent(".card.lock").path, encoding: .utf8)
            .hasPrefix("\(process.processIdentifier) "), "the dead run's holder line")

        let next = try BackboneBinary.run([
            "run", "pipelines/riverton.yml", "--out", card.path, "--private", folder.appendingPathComponent("private").path,
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("took over a stale lock: process \(process.processIdentifier) on "), "\(next.stderr)")
        #expect(!FileManager.default.fileExists(atPath: staging))
        #expect(try snapshot(folder.appendingPathComponent(".card.previous")) == before)
        #expect(try String(contentsOfFile: folder.appendingPathComponent(".card.lock").path, encoding: .utf8).isEmpty)
    }

    /// This test process holds the lock as another run would; a second process stops with
    /// status 6 naming the holder, or with --wait publishes once the lock is released.
    @Test func aSecondRunWaitsOrStopsWhileTheLockIsHeld() throws {
        let folder = try Fixtures.temporaryDirectory("lock")
        let pipeline = try TinyPipeline.write(in: folder)
        let card = folder.appendingPathComponent("card").path
        let lock = try RunLock.acquire(for: card, wait: false)

        let busy = try BackboneBinary.run(["run", pipeline, "--quiet", "--out", card], in: folder)
        #expect(busy.status == 6, "\(busy.stderr)")
        #expect(busy.stderr.contains("another run is publishing this card (process \(getpid()) on "), "\(busy.stderr)")
        #expect(busy.stderr.contains("pass --wait"))
        #expect(!FileManager.default.fileExists(atPath: card))

        let waiting = try start(["run", pipeline, "--wait", "--out", card], in: folder)
        usleep(1_500_000)
        #expect(waiting.isRunning, "the --wait run did not wait")
        #expect(!FileManager.default.fileExists(atPath: card))
        lock.release()
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: card + "/manifest.json"))
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in PublishedFiles.list(folder.path) { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        return files
    }

    private func start(_ arguments: [String], in directory: URL = Fixtures.root) throws -> Process {
        let process = Process()
        process.executableURL = BackboneBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A five-student pipeline that runs in a moment, written into a test's folder.
enum TinyPipeline {
    static func write(in folder: URL, extraSource: String = "") throws -> String {
        let text = """
            backbone: 1
            partnership: { name: Tiny Test }
            partners: { district: { name: District, kind: district } }
            sources:
              students:
                partner: district
                path: \(Fixtures.path("threshold/students.csv"))
                table: person
                fields: { person_id: id, first_name: first, last_name: last, birth_date: dob }
            \(extraSource)
            stages:
              link: { reference: students }
              report: { templates: \(Fixtures.templates) }
            allowed_paths: [\(Fixtures.path("threshold")), \(Fixtures.templates)]
            """
        let path = folder.appendingPathComponent("tiny.yml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
