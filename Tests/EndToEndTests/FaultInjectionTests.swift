import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Faults injected into a run that already published once: an input broken between hashing and
/// extract, an output folder that cannot be written. Each run fails cleanly with its status,
/// and the last good card stays exactly as it was.
@Suite(.serialized) struct FaultInjectionTests {
    /// A two-file roster source (gzipped unless asked), linked and reported.
    struct Project {
        let folder: URL
        var pipeline: String { folder.appendingPathComponent("p.yml").path }
        var card: String { folder.appendingPathComponent("out/card").path }
        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

        init(gzipped: Bool = true) throws {
            folder = try Fixtures.temporaryDirectory("fault")
            let suffix = gzipped ? ".csv.gz" : ".csv"
            let text = """
                backbone: 1
                partnership: { name: Fault Test }
                partners: { district: { name: District, kind: district } }
                sources:
                  students:
                    partner: district
                    path: exports/students_*\(suffix)
                    table: person
                    fields: { person_id: id, first_name: first, last_name: last, birth_date: dob }
                stages:
                  link: { reference: students }
                  report: { templates: \(Fixtures.templates) }
                allowed_paths: [\(Fixtures.templates)]
                """
            try Data(text.utf8).write(to: URL(fileURLWithPath: pipeline))
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("exports"), withIntermediateDirectories: true)
            let write = gzipped ? gzip : plain
            try write("id,first,last,dob\nS1,Ana,Lee,2015-01-02\nS2,Ben,Ray,2015-03-04\n", "exports/students_1\(suffix)")
            try write("id,first,last,dob\nS3,Cy,Oh,2015-05-06\nS4,Di,Wu,2015-07-08\n", "exports/students_2\(suffix)")
        }

        func plain(_ text: String, to name: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
        }

        func gzip(_ text: String, to name: String) throws {
            let plain = file(name).replacingOccurrences(of: ".gz", with: "")
            try Data(text.utf8).write(to: URL(fileURLWithPath: plain))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/gzip")
            process.arguments = ["-n", "-f", plain]
            try process.run()
            process.waitUntilExit()
        }

        func run(full: Bool = false, observer: RunObserver? = nil) throws -> RunResult {
            var options = RunOptions(outputDirectory: card, privateDirectory: file("private"))
            options.full = full
            return try PipelineRunner(config: PipelineLoader.load(path: pipeline), options: options, observer: observer).run()
        }

        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for path in PublishedFiles.list(card) { files[path] = try Data(contentsOf: URL(fileURLWithPath: card + "/" + path)) }
            return files
        }
    }

    /// Breaks an input when extract starts: after every input was hashed for the manifest.
    final class FaultAtExtract: RunObserver {
        let fault: () throws -> Void
        init(_ fault: @escaping () throws -> Void) { self.fault = fault }
        func stageStarted(_ stage: String) {
            if stage == "extract" { try? fault() }
        }
        func stageFinished(_ record: RunManifest.Stage, summary: String) {}
        func warning(_ diagnostic: Diagnostic) {}
    }

    enum Fault: String, CaseIterable, Sendable {
        case secondFileTruncated, firstFileReplacedByAFolder

        func inject(_ project: Project) throws {
            switch self {
            case .secondFileTruncated:
                let path = project.file("exports/students_2.csv.gz")
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
            case .firstFileReplacedByAFolder:
                let path = project.file("exports/students_1.csv.gz")
                try FileManager.default.removeItem(atPath: path)
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            }
        }

        var message: String {
            switch self {
            case .secondFileTruncated: return "gzip stream truncated: expected more compressed data, found end of file"
            case .firstFileReplacedByAFolder: return "read failed: Is a directory"
            }
        }
    }

    @Test(arguments: Fault.allCases)
    func anInputBrokenMidRunFailsAsAnInputProblemAndKeepsTheCard(_ fault: Fault) throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.folder) }
        let first = try project.run()
        #expect(first.quality.map { [$0.rowsRead, $0.rowsKept, $0.rowsRejected] } == [[4, 4, 0]])
        let manifest = try RunManifest.read(publishedDirectory: project.card)
        #expect(manifest.sources.map { [$0.rowsRead, $0.rowsKept, $0.rowsQuarantined] } == [[4, 4, 0]])
        let before = try project.snapshot()

        let error = try #require(throws: InputProblem.self) {
            try project.run(full: true, observer: FaultAtExtract { try fault.inject(project) })
        }
        #expect(RunStatus(error).exitCode == 5)
        #expect(error.diagnostics.map(\.message) == [fault.message], "\(error)")
        #expect(try project.snapshot() == before, "the published card changed")
        #expect(!FileManager.default.fileExists(atPath: Publisher.stagingPath(for: project.card)))
    }

    /// Still readable and of the same shape and size, so only its hash tells: an export being
    /// rewritten while the run reads it must not be half published as the old one.
    @Test func anInputRewrittenAfterHashingFailsAsAnInputProblemAndKeepsTheCard() throws {
        let project = try Project(gzipped: false)
        defer { try? FileManager.default.removeItem(at: project.folder) }
        _ = try project.run()
        let before = try project.snapshot()
        let path = project.file("exports/students_2.csv")
        let hashed = try ContentHash.sha256(file: path)

        let error = try #require(throws: InputProblem.self) {
            try project.run(full: true, observer: FaultAtExtract {
                try project.plain("id,first,last,dob\nS3,Cy,Oh,2015-05-06\nS5,Ed,Wu,2015-07-08\n", to: "exports/students_2.csv")
            })
        }
        let rewritten = try ContentHash.sha256(file: path)
        #expect(rewritten.bytes == hashed.bytes && rewritten.sha256 != hashed.sha256)
        #expect(RunStatus(error).exitCode == 5)
        #expect(error.diagnostics.map(\.message) == [
            "changed while the run was reading it (its SHA-256 before extract was \(hashed.sha256), while extracting "
                + "\(rewritten.sha256)); rerun when the export is complete"
        ])
        #expect(error.diagnostics.first?.location?.file == "exports/students_2.csv")
        #expect(try project.snapshot() == before, "the published card changed")
        #expect(!FileManager.default.fileExists(atPath: Publisher.stagingPath(for: project.card)))
    }

    @Test func anUnwritableOutputFolderFailsWithStatus1AndKeepsTheCard() throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.folder) }
        _ = try project.run()
        let before = try project.snapshot()
        let parent = FilePath.directory(of: project.card)
        try ReadOnlyFolder.make(parent)
        defer { ReadOnlyFolder.undo(parent) }
        #expect(!FileManager.default.createFile(atPath: parent + "/probe", contents: Data()), "the folder is still writable")

        let result = try BackboneBinary.run(["run", project.pipeline, "--full", "--out", project.card], in: project.folder)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("cannot prepare the staging folder"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(
            "error: the run could not finish (a full disk, a folder it may not write, or a bug); nothing was published\n"))
        #expect(try project.snapshot() == before, "the published card changed")
    }

    /// A full disk, as a test can make one without privileges: the file-size limit of the
    /// shell that starts the run (`ulimit -f`, SIGXFSZ ignored) makes every write past 512 bytes
    /// fail as a full disk's would, wherever the run is.
    @Test func aWriteFailingMidRunFailsWithStatus1AndKeepsTheCard() throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.folder) }
        _ = try project.run()
        let before = try project.snapshot()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", BackboneBinary.url.path,
            "run", project.pipeline, "--full", "--out", project.card,
        ]
        process.currentDirectoryURL = project.folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("File too large"), "the system's reason is named: \(stderr)")
        #expect(stderr.hasSuffix(
            "error: the run could not finish (a full disk, a folder it may not write, or a bug); nothing was published\n"))
        #expect(try project.snapshot() == before, "the published card changed")
        #expect(!FileManager.default.fileExists(atPath: Publisher.stagingPath(for: project.card)))
    }
}

/// A folder in which nothing can be created: `chattr +i` for root (whom permissions do not
/// stop), mode 0555 for anyone else.
enum ReadOnlyFolder {
    static func make(_ path: String) throws {
        if geteuid() == 0 {
            try attributes(["+i", path])
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: path)
        }
    }

    static func undo(_ path: String) {
        if geteuid() == 0 {
            try? attributes(["-i", path])
        } else {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
    }

    private static func attributes(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
    }
}
