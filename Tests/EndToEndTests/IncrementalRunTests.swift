import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// Incremental runs on a copy of the demo: unchanged sources and links come from the stage
/// cache, and the card published is byte for byte the one a full run publishes.
@Suite struct IncrementalRunTests {
    /// The demo pipeline with its fixtures and templates, copied so a test can change an input.
    struct Project {
        let root: URL
        var pipeline: String { root.appendingPathComponent("pipelines/riverton.yml").path }

        init() throws {
            root = try Fixtures.temporaryDirectory("incremental")
            let files = FileManager.default
            for folder in ["pipelines", "fixtures", "reports"] {
                try files.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try files.copyItem(at: Fixtures.root.appendingPathComponent("pipelines/riverton.yml"), to: URL(fileURLWithPath: pipeline))
            try files.copyItem(atPath: Fixtures.path("riverton"), toPath: root.appendingPathComponent("fixtures/riverton").path)
            try files.copyItem(
                at: Fixtures.root.appendingPathComponent("reports/default"), to: root.appendingPathComponent("reports/default"))
        }

        func folder(_ name: String) -> String { root.appendingPathComponent(name).path }

        /// Publishes to `card` with record-level files in `private`; `baseline` stands in for
        /// the card's previous data-quality figures, so two cards can be compared byte for byte.
        @discardableResult
        func run(
            card: String = "card", private privateName: String = "private", full: Bool = false,
            baseline: PreviousDataQuality? = nil, observer: WarningLog? = nil
        ) throws -> RunManifest {
            let options = RunOptions(
                outputDirectory: folder(card), privateDirectory: folder(privateName), baseline: baseline, full: full)
            return try #require(try PipelineRunner(config: PipelineLoader.load(path: pipeline), options: options, observer: observer).run().manifest)
        }

        /// Every published file but the manifest, by path.
        func published(_ card: String) throws -> [String: Data] {
            let base = URL(fileURLWithPath: folder(card))
            var files: [String: Data] = [:]
            let walker = FileManager.default.enumerator(atPath: base.path)!
            while let path = walker.nextObject() as? String {
                var isFolder: ObjCBool = false
                let url = base.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                    path != RunManifest.fileName
                else { continue }
                files[path] = try Data(contentsOf: url)
            }
            return files
        }
    }

    final class WarningLog: RunObserver {
        var warnings: [String] = []
        func stageStarted(_ stage: String) {}
        func stageFinished(_ record: RunManifest.Stage, summary: String) {}
        func warning(_ diagnostic: Diagnostic) { warnings.append(diagnostic.description) }
    }

    static func stage(_ name: String, of manifest: RunManifest) throws -> RunManifest.Stage {
        try #require(manifest.stages.first { $0.stage == name })
    }

    @Test func anUnchangedNightSkipsExtractAndLinkAndPublishesTheSameBytes() throws {
        let project = try Project()
        let first = try project.run()
        #expect(first.run.mode == "full")
        #expect(first.stages.allSatisfy { !$0.skipped })
        let baseline = PreviousDataQuality(publishedDirectory: project.folder("card"))

        let log = WarningLog()
        let second = try project.run(observer: log)
        #expect(second.run.mode == "incremental")
        #expect(try Self.stage("extract", of: second).skipped)
        #expect(try Self.stage("link", of: second).skipped)
        #expect(try Self.stage("extract", of: second).records["sources_from_cache"] == first.sources.count)
        #expect(try !Self.stage("report", of: second).skipped)
        #expect(!log.warnings.contains { $0.contains("cache") })
        #expect(FileManager.default.fileExists(atPath: project.folder("private/crosswalk.csv")))
        #expect(FileManager.default.fileExists(atPath: project.folder("private/review-queue.csv")))

        let full = try project.run(card: "full-card", private: "full-private", full: true, baseline: baseline)
        #expect(full.run.mode == "full")
        #expect(full.stages.allSatisfy { !$0.skipped })
        #expect(try project.published("card") == project.published("full-card"))
        #expect(second.outputs == full.outputs)
        for file in ["crosswalk.csv", "review-queue.csv"] {
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: project.folder("private/" + file)))
                    == Data(contentsOf: URL(fileURLWithPath: project.folder("full-private/" + file))))
        }
    }

    @Test func aChangedExportIsExtractedAgainAndLinkRerunsAlone() throws {
        let project = try Project()
        try project.run()
        // One participant's hours change in the YouthWorks export (read by two sources).
        let export = URL(fileURLWithPath: project.folder("fixtures/riverton/cbo/youthworks.csv"))
        var bytes = [UInt8](try Data(contentsOf: export))
        let secondLineEnd = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }[1]
        let digit = bytes[secondLineEnd - 1] == UInt8(ascii: "\r") ? secondLineEnd - 2 : secondLineEnd - 1
        #expect((UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digit]))
        bytes[digit] = bytes[digit] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try Data(bytes).write(to: export)
        let baseline = PreviousDataQuality(publishedDirectory: project.folder("card"))

        let second = try project.run()
        let extract = try Self.stage("extract", of: second)
        #expect(!extract.skipped)
        #expect(extract.records["sources_from_cache"] == second.sources.count - 2)
        #expect(try !Self.stage("link", of: second).skipped)
        #expect(second.run.mode == "full")

        try project.run(card: "full-card", private: "full-private", full: true, baseline: baseline)
        #expect(try project.published("card") == project.published("full-card"))
    }

    @Test func aChangedSettingReextractsItsSourceAndAMovedLineNothing() throws {
        let project = try Project()
        let first = try project.run()
        // Every line moves down one; one source gains a code mapping (no row has that value).
        let text = try String(contentsOfFile: project.pipeline, encoding: .utf8)
        let mapping = #"codes: { "Demonstrating Readiness": "3", "Approaching": "2", "Emerging": "1" }"#
        #expect(text.contains(mapping))
        let edited = "# edited\n" + text.replacingOccurrences(
            of: mapping, with: #"codes: { "Demonstrating Readiness": "3", "Approaching": "2", "Emerging": "1", "Not yet": "1" }"#)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: project.pipeline))

        let second = try project.run()
        #expect(try Self.stage("extract", of: second).records["sources_from_cache"] == first.sources.count - 1)
        // Kindergarten readiness is an assessment: linking reads none of it.
        #expect(try Self.stage("link", of: second).skipped)
        #expect(second.run.mode == "incremental")
    }

    @Test func aDamagedCacheIsIgnoredWithAWarningAndRebuilt() throws {
        let project = try Project()
        try project.run()
        let baseline = PreviousDataQuality(publishedDirectory: project.folder("card"))
        let cache = project.folder("private/cache")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
        #expect(entries.contains("link.bin") && entries.contains("extract-district_students.bin"))
        #expect(try (FileManager.default.attributesOfItem(atPath: cache)[.posixPermissions] as? Int) == 0o700)
        #expect(try (FileManager.default.attributesOfItem(atPath: cache + "/link.bin")[.posixPermissions] as? Int) == 0o600)
        // One entry cut short, one with a byte flipped, one that is not an entry at all.
        let students = URL(fileURLWithPath: cache + "/extract-district_students.bin")
        let whole = try Data(contentsOf: students)
        try whole.prefix(whole.count / 2).write(to: students)
        let enrollment = URL(fileURLWithPath: cache + "/extract-district_enrollment.bin")
        var flipped = try Data(contentsOf: enrollment)
        flipped[flipped.count - 10] ^= 0xff
        try flipped.write(to: enrollment)
        try Data("not a cache entry".utf8).write(to: URL(fileURLWithPath: cache + "/link.bin"))
        // A source the pipeline no longer has, and what a killed writer left.
        for leftover in ["extract-retired_source.bin", ".link.999999999.tmp"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: cache + "/" + leftover))
        }

        let log = WarningLog()
        let second = try project.run(observer: log)
        let warnings = log.warnings.filter { $0.contains("ignored a damaged stage cache entry") }
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.contains("extract-district_students.bin") && $0.contains("cut short") })
        #expect(warnings.contains { $0.contains("extract-district_enrollment.bin") && $0.contains("checksum") })
        #expect(warnings.contains { $0.contains("link.bin") && $0.contains("not a Backbone cache entry") })
        #expect(try Self.stage("extract", of: second).records["sources_from_cache"] == second.sources.count - 2)
        #expect(try !Self.stage("link", of: second).skipped)
        let left = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(!left.contains("extract-retired_source.bin") && !left.contains(".link.999999999.tmp"))
        #expect(left.count == second.sources.count + 1)

        try project.run(card: "full-card", private: "full-private", full: true, baseline: baseline)
        #expect(try project.published("card") == project.published("full-card"))

        let rebuilt = WarningLog()
        let third = try project.run(observer: rebuilt)
        #expect(rebuilt.warnings.allSatisfy { !$0.contains("cache") })
        #expect(try Self.stage("extract", of: third).skipped && Self.stage("link", of: third).skipped)
    }
}
