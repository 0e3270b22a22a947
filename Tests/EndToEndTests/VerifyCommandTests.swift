import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// `backbone verify`, as an auditor runs it: a separate process rerunning the demo card the
/// test suite published in-process, so it also shows that two processes give the same bytes.
@Suite(.serialized) struct VerifyCommandTests {
    /// A copy of the demo card that a test may change.
    func copyOfTheDemoCard() throws -> URL {
        let copy = try Fixtures.temporaryDirectory("verify").appendingPathComponent("card")
        try FileManager.default.copyItem(at: try DemoRun.get().output, to: copy)
        return copy
    }

    @Test func anUntouchedCardIsReproducedByteForByte() throws {
        let card = try copyOfTheDemoCard()
        let result = try BackboneBinary.run(["verify", card.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let manifest = try RunManifest.read(publishedDirectory: card.path)
        #expect(result.stdout.contains("verified: all \(manifest.outputs.count) files of run \(manifest.run.id)"), "\(result.stdout)")
    }

    @Test func oneChangedOutputByteIsFoundAndPlaced() throws {
        let card = try copyOfTheDemoCard()
        let file = card.appendingPathComponent("indicators.csv")
        var bytes = [UInt8](try Data(contentsOf: file))
        let secondLine = bytes.firstIndex(of: 0x0a)! + 1
        bytes[secondLine + 2] ^= 0x01
        try Data(bytes).write(to: file)

        let result = try BackboneBinary.run(["verify", card.path])
        #expect(result.status == 7, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("indicators.csv: changed after publication"))
        #expect(result.stdout.contains("indicators.csv:2:3: first difference at byte \(secondLine + 2)"), "\(result.stdout)")
        #expect(result.stdout.contains("not reproduced: 1 of"), "\(result.stdout)")
    }

    @Test func aMissingOrExtraOutputIsNamed() throws {
        let card = try copyOfTheDemoCard()
        try FileManager.default.removeItem(at: card.appendingPathComponent("partners/youthworks.csv"))
        try Data("extra".utf8).write(to: card.appendingPathComponent("notes.txt"))
        let result = try BackboneBinary.run(["verify", card.path])
        #expect(result.status == 7)
        #expect(result.stdout.contains("partners/youthworks.csv: the rerun wrote it, but the published card does not have it"))
        #expect(result.stdout.contains("notes.txt: published, but the rerun did not write it"))
    }

    /// A changed input stops verify before any rerun, naming the file as the manifest does.
    @Test func oneChangedInputByteIsNamedBeforeAnyRerun() throws {
        let project = try DemoProject.copy()
        let run = try BackboneBinary.run(["run", "pipelines/riverton.yml", "--quiet"], in: project)
        #expect(run.status == 0, "\(run.stderr)")
        let export = project.appendingPathComponent("fixtures/riverton/cbo/bright_futures.csv")
        var bytes = [UInt8](try Data(contentsOf: export))
        bytes[bytes.count / 2] = bytes[bytes.count / 2] == 0x41 ? 0x42 : 0x41
        try Data(bytes).write(to: export)

        let result = try BackboneBinary.run(["verify", "out/riverton"], in: project)
        #expect(result.status == 5, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.hasPrefix(
            "../fixtures/riverton/cbo/bright_futures.csv: error: input of source 'bright_futures_participants' changed since the card was published: expected SHA-256 "),
            "\(result.stderr)")
        #expect(result.stderr.contains("input of source 'bright_futures_programs' changed"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/.riverton.staging").path))
    }
}

/// A copy of the demo project (pipeline, exports, templates) in a temporary folder, laid out
/// as in the repository so the pipeline's relative paths hold.
enum DemoProject {
    static func copy() throws -> URL {
        let project = try Fixtures.temporaryDirectory("demo-project")
        let fm = FileManager.default
        for folder in ["pipelines", "fixtures/riverton", "reports/default"] {
            let target = project.appendingPathComponent(folder)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: Fixtures.root.appendingPathComponent(folder), to: target)
        }
        return project
    }
}
