import BackboneCore
import Foundation
import Testing

@testable import Pipeline

/// The pure parts of `backbone bench pipeline`: stage rows from a manifest, growth ratios,
/// the community and pipeline copy, the indicator cross-check and the tables.
@Suite struct PipelineBenchmarkTests {
    static let mebibyte = 1_048_576

    /// Stages as a manifest records them, one stage in two parts.
    static let manifestStages = """
        [
          {"stage": "extract", "seconds": 0.4, "skipped": false, "records": {"sources": 2, "files": 3, "rows_read": 40000, "bytes": 1500000}},
          {"stage": "extract", "seconds": 0.1, "skipped": false, "records": {"sources": 1, "files": 1, "rows_read": 10000, "bytes": 500000}},
          {"stage": "validate", "seconds": 0.1, "skipped": false, "records": {"rows_kept": 49990, "rows_set_aside": 10}},
          {"stage": "link", "seconds": 2, "skipped": false, "records": {"participants": 1000, "linked": 900, "for_review": 5, "candidate_pairs": 20000}},
          {"stage": "measure", "seconds": 0.25, "skipped": false, "records": {"student_years": 4000, "indicators": 8, "indicator_cells": 1612}},
          {"stage": "report", "seconds": 0.1, "skipped": false, "records": {"files": 48}}
        ]
        """

    static func stages() throws -> [StageFigures] {
        StageFigures.of(try JSONDecoder().decode([RunManifest.Stage].self, from: Data(manifestStages.utf8)))
    }

    static func rate(_ unit: String, _ count: Double, _ perSecond: Double) -> StageFigures.Rate {
        StageFigures.Rate(unit: unit, count: count, perSecond: perSecond)
    }

    @Test func stageRowsComeFromTheManifestWithTheirRates() throws {
        let stages = try Self.stages()
        #expect(stages.map(\.stage) == ["extract", "validate", "link", "measure", "report"])
        #expect(stages[0].seconds == 0.5)
        #expect(stages[0].rates == [Self.rate("MB", 2, 4), Self.rate("rows", 50000, 100_000)])
        #expect(stages[1].rates == [Self.rate("rows", 50000, 500_000)])
        #expect(stages[2].rates == [Self.rate("participants", 1000, 500), Self.rate("pairs", 20000, 10000)])
        #expect(stages[3].rates == [Self.rate("student-years", 4000, 16000)])
        #expect(stages[4].rates == [Self.rate("files", 48, 480)])
    }

    static func size(_ size: Int, seconds: Double, mebibytes: Int, extract: Double, measure: Double) -> PipelineBenchmarkSize {
        PipelineBenchmarkSize(
            size: size, students: size * 6000, seconds: seconds, peakBytes: mebibytes * mebibyte, floorBytes: 20 * mebibyte,
            stages: [
                StageFigures(stage: "extract", seconds: extract, rates: [Self.rate("rows", 1000, 1000 / extract)]),
                StageFigures(stage: "measure", seconds: measure, rates: []),
            ])
    }

    @Test func growthIsEachSizeOverTheNextSmaller() {
        let growth = GrowthRatio.between([
            Self.size(100, seconds: 90, mebibytes: 2000, extract: 40, measure: 2),
            Self.size(1, seconds: 2, mebibytes: 50, extract: 0.5, measure: 0),
            Self.size(10, seconds: 10, mebibytes: 200, extract: 4, measure: 0.25),
        ])
        #expect(growth.map(\.fromStudents) == [6000, 60000])
        #expect(growth.map(\.wall) == [5, 9])
        #expect(growth.map(\.peakMemory) == [4, 10])
        #expect(growth[0].stages == [.init(stage: "extract", ratio: 8), .init(stage: "measure", ratio: nil)])
        #expect(growth[1].stages == [.init(stage: "extract", ratio: 10), .init(stage: "measure", ratio: 8)])
        #expect(growth[0].n == 10)
        #expect(abs(growth[0].nLogN - 10 * log(60000.0) / log(6000.0)) < 1e-12)
    }

    @Test func theTablesShowStagesGrowthAndDuckDB() {
        var small = Self.size(1, seconds: 2, mebibytes: 50, extract: 0.5, measure: 0.25)
        small.duckdb = DuckDBComparison(
            tool: "DuckDB 2.0.1", seconds: 1.5, peakBytes: 150 * Self.mebibyte, xmlToCSVSeconds: 3.25,
            outcome: .compared(values: 22, disagreements: []))
        var large = Self.size(10, seconds: 12.5, mebibytes: 200, extract: 4, measure: 1)
        large.duckdb = DuckDBComparison(
            tool: "DuckDB 2.0.1", seconds: 2.5, peakBytes: 300 * Self.mebibyte, xmlToCSVSeconds: nil,
            outcome: .compared(values: 22, disagreements: ["chronic_absence 2024: Backbone 7 / 30, DuckDB 8 / 30"]))
        let table = PipelineBenchmarkTable.markdown([small, large])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.contains("| 1x | 6,000 | extract | 0.50 | 1,000 rows | 2,000 rows/s |  |"))
        #expect(lines.contains("|  |  | measure | 0.25 |  |  |  |"))
        #expect(lines.contains("|  |  | **whole run** | **2.00** |  |  | 50 |"))
        #expect(lines.contains("| 10x | 60,000 | extract | 4.00 | 1,000 rows | 250 rows/s |  |"))
        #expect(lines.contains("|  |  | **whole run** | **12.5** |  |  | 200 |"))
        #expect(lines.contains("| students | whole run | extract | measure | peak memory | n | n log n |"))
        #expect(lines.contains("| 6,000 → 60,000 | 6.25× | 8.00× | 4.00× | 4.00× | 10.0× | 12.6× |"))
        #expect(lines.contains("| 1x | 1.50 | 150 | 0.75 | 2.00 | 0.25 | 3.25 | all 22 agree |"))
        #expect(lines.contains("| 10x | 2.50 | 300 | 5.00 | 0.50 | 1.00 | (reused) | 1 of 22 disagree |"))
        #expect(lines.contains("- 10x: chronic_absence 2024: Backbone 7 / 30, DuckDB 8 / 30"))
        #expect(table.hasSuffix("(this benchmark, at most 20 MiB here).\n"))
    }

    @Test func megabytesKeepOneDecimalOnlyBelowAHundred() {
        var result = Self.size(1, seconds: 2, mebibytes: 50, extract: 0.5, measure: 0.25)
        result.stages[0].rates = [Self.rate("MB", 31.84, 63.68)]
        result.stages[1].rates = [Self.rate("MB", 3209.6, 1715.8)]
        let lines = PipelineBenchmarkTable.markdown([result]).split(separator: "\n")
        #expect(lines.contains("| 1x | 6,000 | extract | 0.50 | 31.8 MB | 63.7 MB/s |  |"))
        #expect(lines.contains("|  |  | measure | 0.25 | 3,210 MB | 1,716 MB/s |  |"))
    }

    @Test func oneSizeHasNoGrowthAndWithoutPeersNoDuckDBTable() {
        let table = PipelineBenchmarkTable.markdown([Self.size(1, seconds: 2, mebibytes: 50, extract: 0.5, measure: 0.25)])
        #expect(!table.contains("Growth") && !table.contains("DuckDB"))
    }

    @Test func indicatorsAgreeOnlyWhenNumeratorAndDenominatorBothDo() {
        typealias Value = IndicatorAgreement.Value
        let backbone: [String: Value?] = [
            "a 2022": Value(numerator: 1, denominator: 10), "a 2023": Value(numerator: 2, denominator: 10),
            "b 2022": nil,
        ]
        let peer: [String: Value] = [
            "a 2022": Value(numerator: 1, denominator: 10), "a 2023": Value(numerator: 2, denominator: 1_011),
            "b 2022": Value(numerator: 3, denominator: 4), "c 2022": Value(numerator: 5, denominator: 6),
        ]
        let result = IndicatorAgreement.compare(backbone: backbone, peer: peer, peerName: "DuckDB")
        #expect(result.values == 2)  // b 2022 is hidden in the card, c 2022 not published at all
        #expect(result.disagreements == [
            "a 2023: Backbone 2 / 10, DuckDB 2 / 1,011",
            "c 2022: Backbone publishes no all-students row, DuckDB 5 / 6",
        ])
    }

    @Test func theCommunityIsReusedOnlyForTheSameSeedAndSize() {
        let readme = "Generated by `backbone synth --seed 2026 --students 600000`; the same\nseed and size"
        #expect(BenchmarkCommunity.matches(readme: readme, seed: 2026, students: 600_000))
        #expect(!BenchmarkCommunity.matches(readme: readme, seed: 2026, students: 60000))
        #expect(!BenchmarkCommunity.matches(readme: readme, seed: 7, students: 600_000))
    }

    @Test func thePipelineCopyReadsTheCommunityAndTheRepositorysTemplates() throws {
        let text = "path: ../fixtures/riverton/district/students.csv\n    templates: ../reports/default\n"
        let copy = try BenchmarkCommunity.pipelineText(
            text, display: "p.yml", community: "/tmp/rv100", pipelineDirectory: "/repo/pipelines")
        #expect(copy == "allowed_paths: [\"/tmp/rv100\", \"/repo/reports\"]\npath: /tmp/rv100/district/students.csv\n    templates: /repo/reports/default\n")
        #expect(throws: Diagnostic.self) {
            try BenchmarkCommunity.pipelineText("path: data/x.csv\n", display: "p.yml", community: "/c", pipelineDirectory: "/r")
        }
    }
}
