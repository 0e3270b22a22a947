import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import RunHistory
import Testing

/// Every publishing run lands in the card's history; `diff` names what changed and why.
@Suite struct RunHistoryTests {
    @Test func twoRunsWithOneChangedInputShowTheChangedValuesAndNameTheInput() throws {
        let pipeline = try HistoryPipeline()
        let first = try #require(try pipeline.run().manifest)
        try pipeline.writeEnrollment(disadvantagedIn2025: 15)
        let second = try #require(try pipeline.run().manifest)

        let store = try RunHistoryStore(path: pipeline.history)
        #expect(try store.runs().map(\.id) == [second.run.id, first.run.id])
        #expect(try store.outputs(of: second.run.id).map(\.sha256) == second.outputs.map(\.sha256))
        #expect(try store.stages(of: second.run.id).map(\.records) == second.stages.map(\.records))
        #expect(try store.runs().map(\.status) == ["succeeded", "succeeded"])
        let listing = try RunHistoryListing(store)
        #expect(listing.entries.map(\.inputsChanged) == [1, nil])
        let comparison = try RunComparison(old: store.run(named: "previous"), new: store.run(named: "latest"), in: store)
        #expect(listing.entries[0].valuesChanged == comparison.values.count)

        // 2025: 12 → 15 of 30 disadvantaged; students 13–15 are at school 101 (hidden) and one girl, two boys.
        let changed = Dictionary(uniqueKeysWithValues: comparison.values.map { ("\($0.key.dimension)=\($0.key.group)", $0) })
        #expect(comparison.values.allSatisfy { $0.key.schoolYear == 2025 && $0.kind == .changed })
        #expect(changed["all=all"]?.old?.value == 0.4 && changed["all=all"]?.new?.value == 0.5)
        #expect(changed["all=all"]?.new?.numerator == 15 && changed["all=all"]?.new?.denominator == 30)
        #expect(changed["sex=female"]?.new?.numerator == 7)
        #expect(changed["sex=male"]?.new?.numerator == 8)
        #expect(changed["school=101"] == nil, "a hidden cell stays hidden and so unchanged")
        #expect(comparison.sourceFileChanges.map(\.input.path) == ["enrollment.csv"])
        #expect(comparison.sources.map(\.source) == ["enrollment"])
        #expect(!comparison.pipelineChanged && comparison.templateChanges.isEmpty && !comparison.versionChanged)

        let text = comparison.text
        #expect(text.contains("  disadvantaged  2024–25  all students: 0.4000 (12/30) → 0.5000 (15/30)\n"))
        #expect(text.contains("  source enrollment: enrollment.csv changed (sha256 "))
        #expect(text.contains("    rows read 60, kept 60, quarantined 0\n"))
    }

    @Test func aFailedRunIsRecordedWithItsStatusAndMessage() throws {
        let pipeline = try HistoryPipeline()
        try pipeline.run()
        try pipeline.remove("enrollment.csv")
        #expect(throws: InputProblem.self) { try pipeline.run() }

        let runs = try RunHistoryStore(path: pipeline.history).runs()
        #expect(runs.map(\.status) == ["input_problem", "succeeded"])
        #expect(runs[0].exitCode == 5 && runs[0].mode == nil && runs[0].pipelineSHA256 == nil)
        #expect(runs[0].failure?.contains("enrollment.csv") == true, "\(runs[0].failure ?? "no message")")
        let listing = try RunHistoryListing(RunHistoryStore(path: pipeline.history)).text
        #expect(listing.contains("input_problem"))
        #expect(listing.contains("  ↳ "))
    }

    @Test func theHistoryHoldsExactlyWhatIndicatorsCSVPublishes() throws {
        let pipeline = try HistoryPipeline()
        let manifest = try #require(try pipeline.run().manifest)
        let values = try RunHistoryStore(path: pipeline.history).values(of: manifest.run.id)
        let csv = try String(contentsOfFile: pipeline.card + "/indicators.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(values.count == csv.count)
        for (value, row) in zip(values, csv) {
            let published = [value.indicator, String(value.schoolYear), value.dimension, value.group, value.groupLabel,
                             value.numerator.map(String.init) ?? "", value.denominator.map(String.init) ?? "",
                             value.value.map { NumberFormat.fixed($0, decimals: 4) } ?? "", value.suppression ?? "", value.bound ?? ""]
            #expect(published == [row[0], row[2], row[4], row[5], row[6], row[7], row[8], row[9], row[11], row[12]])
        }
        let hidden = values.filter { $0.suppression != nil }
        #expect(Set(hidden.compactMap(\.suppression)) == ["small_cell", "complementary", "top_coded", "bottom_coded"])
        #expect(hidden.allSatisfy { $0.numerator == nil && $0.value == nil })
        #expect(hidden.allSatisfy { ($0.denominator != nil) == ($0.bound != nil) }, "only a bounded cell shows its denominator")
    }

    @Test func aFreshFileIsMigratedAndReopensUnchanged() throws {
        let path = try Fixtures.temporaryDirectory("history-schema").appendingPathComponent("card.history.sqlite").path
        let store = try RunHistoryStore(path: path)
        #expect(try store.appliedMigrations() == ["v1: runs, inputs, source rows, stages, outputs, indicator values"])
        #expect(try store.runs().isEmpty)
        let run = RecordedRun(
            id: "20260101T000000Z-0001", started: "2026-01-01T00:00:00Z", finished: "2026-01-01T00:00:01Z", seconds: 1,
            status: "succeeded", exitCode: 0, backboneVersion: "0.1.0", pipelineSHA256: "ab", mode: "full", threads: 2,
            failure: nil)
        try store.record(RunRecord(
            run: run, stages: [RecordedStage(runID: run.id, stage: "extract", seconds: 0.5, skipped: false, records: ["rows_read": 3])]))
        let reopened = try RunHistoryStore(path: path)
        #expect(try reopened.appliedMigrations() == store.appliedMigrations())
        #expect(try reopened.runs() == [run])
        #expect(try reopened.stages(of: run.id).map(\.records) == [["rows_read": 3]])
    }

    @Test func runsAreNamedByIdPrefixOrShortcutAndAnUnknownNameListsTheRuns() throws {
        let path = try Fixtures.temporaryDirectory("history-names").appendingPathComponent("card.history.sqlite").path
        let store = try RunHistoryStore(path: path, displayPath: "card.history.sqlite")
        for (id, status) in [("20260101T040000Z-aaaa", "succeeded"), ("20260102T040000Z-bbbb", "input_problem"),
                             ("20260103T040000Z-cccc", "succeeded")] {
            try store.record(RunRecord(run: RecordedRun(
                id: id, started: id, finished: id, seconds: 1, status: status, exitCode: status == "succeeded" ? 0 : 5,
                backboneVersion: "0.1.0", pipelineSHA256: nil, mode: nil, threads: 1, failure: nil)))
        }
        #expect(try store.run(named: "latest").id == "20260103T040000Z-cccc")
        #expect(try store.run(named: "previous").id == "20260101T040000Z-aaaa", "a failed run is skipped")
        #expect(try store.run(named: "20260102").id == "20260102T040000Z-bbbb")
        #expect(try store.run(named: "20260101T040000Z-aaaa").id == "20260101T040000Z-aaaa")
        func message(_ reference: String, published: Bool = false) -> String {
            do {
                _ = try published ? store.publishedRun(named: reference) : store.run(named: reference)
                return "no error"
            } catch {
                return (error as? Diagnostic)?.description ?? "\(error)"
            }
        }
        #expect(message("nope") == """
            card.history.sqlite: error: no run 'nope' in the history; runs, newest first: 20260103T040000Z-cccc (succeeded), \
            20260102T040000Z-bbbb (input_problem), 20260101T040000Z-aaaa (succeeded); or use latest or previous
            """)
        #expect(message("202601").contains("error: '202601' matches 3 runs; give more of the id"))
        #expect(message("20260102", published: true) == """
            card.history.sqlite: error: run 20260102T040000Z-bbbb published nothing (it ended input_problem); \
            compare runs that published a card
            """)
    }

    @Test func aHistoryThatCannotBeWrittenIsAWarningAndTheCardStillPublishes() throws {
        let pipeline = try HistoryPipeline()
        try FileManager.default.createDirectory(atPath: pipeline.history, withIntermediateDirectories: true)
        let observer = WarningCollector()
        let result = try pipeline.run(observer: observer)
        #expect(result.manifest != nil)
        #expect(FileManager.default.fileExists(atPath: pipeline.card + "/indicators.csv"))
        #expect(observer.warnings.count == 1)
        #expect(observer.warnings.first?.message.hasPrefix("run \(result.manifest!.run.id) is not in the history: ") == true)
    }
}

/// Keeps a run's warnings for a test to read.
final class WarningCollector: RunObserver {
    var warnings: [Diagnostic] = []
    func stageStarted(_ stage: String) {}
    func stageFinished(_ record: RunManifest.Stage, summary: String) {}
    func warning(_ diagnostic: Diagnostic) { warnings.append(diagnostic) }
}
