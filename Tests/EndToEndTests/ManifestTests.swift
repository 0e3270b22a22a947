import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// The demo card's manifest.json names everything an auditor needs, checked against the files
/// themselves rather than against Backbone's own bookkeeping.
@Suite struct ManifestTests {
    func manifest() throws -> (RunManifest, DemoRun.Outcome) {
        let outcome = try DemoRun.get()
        return (try RunManifest.read(publishedDirectory: outcome.output.path), outcome)
    }

    @Test func namesThePipelineFileFromThePublishedFolderWithItsHash() throws {
        let (manifest, outcome) = try manifest()
        #expect(manifest.backboneVersion == BackboneVersion.current)
        let pipeline = FilePath.resolve(manifest.pipeline.path, against: outcome.output.path)
        #expect(FilePath.normalize(pipeline) == FilePath.normalize(DemoRun.pipeline))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: DemoRun.pipeline))
        #expect(manifest.pipeline.sha256 == ContentHash.sha256(bytes))
        #expect(manifest.pipeline.bytes == bytes.count)
    }

    @Test func everyInputIsNamedFromThePipelineFolderWithSizeHashAndRows() throws {
        let (manifest, outcome) = try manifest()
        let config = try PipelineLoader.load(path: DemoRun.pipeline)
        #expect(manifest.sources.map(\.source) == config.sources.map(\.id))
        let pipelineFolder = FilePath.directory(of: DemoRun.pipeline)
        for source in manifest.sources {
            #expect(!source.files.isEmpty)
            for file in source.files {
                #expect(file.path.hasPrefix("../fixtures/riverton/"), "\(file.path)")
                let bytes = try Data(contentsOf: URL(fileURLWithPath: FilePath.resolve(file.path, against: pipelineFolder)))
                #expect(file.bytes == bytes.count && file.sha256 == ContentHash.sha256(bytes), "\(file.path)")
            }
            let quality = try #require(outcome.result.quality.first { $0.source == source.source })
            #expect(source.rowsRead == quality.rowsRead && source.rowsKept == quality.rowsKept)
            #expect(source.rowsRead == source.rowsKept + source.rowsQuarantined)
        }
        #expect(manifest.templates.map(\.path).contains("../reports/default/index.mustache"))
    }

    @Test func recordsEachStageWithCountsAndTime() throws {
        let (manifest, outcome) = try manifest()
        #expect(manifest.stages.map(\.stage) == ["extract", "validate", "link", "measure", "report"])
        #expect(manifest.stages.allSatisfy { $0.seconds >= 0 && !$0.skipped })
        #expect(manifest.run.mode == "full")
        let extract = manifest.stages[0].records
        #expect(extract["rows_read"] == outcome.result.quality.reduce(0) { $0 + $1.rowsRead })
        #expect(manifest.stages[3].records["student_years"] == outcome.result.studentYears)
        #expect(manifest.stages[2].records["linked"] == outcome.result.linkSummaries.reduce(0) { $0 + $1.linked })
        #expect(
            manifest.stages[2].records["candidate_pairs"] == outcome.result.linkSummaries.reduce(0) { $0 + $1.candidatePairs })
    }

    @Test func listsEveryOtherPublishedFileWithItsHash() throws {
        let (manifest, outcome) = try manifest()
        let files = PublishedFiles.list(outcome.output.path)
        #expect(manifest.outputs.map(\.path) == files.filter { $0 != RunManifest.fileName })
        for output in manifest.outputs {
            let bytes = try Data(contentsOf: outcome.output.appendingPathComponent(output.path))
            #expect(output.sha256 == ContentHash.sha256(bytes) && output.bytes == bytes.count, "\(output.path)")
        }
    }

    /// The run id and times are in the manifest only, so every other file reproduces exactly.
    @Test func theRunIdAndTimesAppearNowhereElse() throws {
        let (manifest, outcome) = try manifest()
        #expect(manifest.run.id.count == 21)
        let stamps = [manifest.run.id, manifest.run.started, manifest.run.finished, String(manifest.run.started.prefix(13))]
        for output in manifest.outputs {
            let text = String(decoding: try Data(contentsOf: outcome.output.appendingPathComponent(output.path)), as: UTF8.self)
            for stamp in stamps { #expect(!text.contains(stamp), "\(output.path) contains \(stamp)") }
        }
    }

    @Test func readsBackWhatItWrote() throws {
        let (manifest, _) = try manifest()
        let folder = try Fixtures.temporaryDirectory("manifest-round-trip")
        try manifest.encoded().write(to: folder.appendingPathComponent(RunManifest.fileName))
        #expect(try RunManifest.read(publishedDirectory: folder.path) == manifest)
        #expect(throws: InputProblem.self) { try RunManifest.read(publishedDirectory: folder.appendingPathComponent("none").path) }
    }
}
