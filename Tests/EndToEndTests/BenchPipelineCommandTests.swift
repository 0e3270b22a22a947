import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// `backbone bench pipeline` on the committed demo (1x), Backbone only: the larger sizes and
/// DuckDB are measured by hand, never in tests.
@Suite struct BenchPipelineCommandTests {
    @Test func runsTheDemoAndTabulatesEachStageFromItsManifest() throws {
        let work = try Fixtures.temporaryDirectory("bench-pipeline")
        let results = work.appendingPathComponent("results.md").path
        let root = Fixtures.root.path
        let result = try BackboneBinary.run(
            [
                "bench", "pipeline", "--sizes", "1", "--skip-peers", "--work", work.path, "--results", results,
                "--pipeline", root + "/pipelines/riverton.yml", "--demo", root + "/fixtures/riverton",
            ], in: work)
        #expect(result.status == 0, "\(result.stderr)")

        let manifest = try RunManifest.read(publishedDirectory: work.path + "/runs/1x/out")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("|") }
            .map { $0.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(rows.first == ["size", "students", "stage", "wall (s)", "records", "throughput", "peak memory (MiB)"])
        #expect(rows.allSatisfy { $0.count == 7 })
        let stageRows = rows.dropFirst(2)
        #expect(stageRows.map { $0[2] } == ["extract", "validate", "link", "measure", "report", "**whole run**"])
        #expect(stageRows.first?.prefix(2) == ["1x", "6,000"])
        let extract = try #require(manifest.stages.first { $0.stage == "extract" })
        let rowsRead = extract.records["rows_read"] ?? -1
        #expect(stageRows.first?[4].hasSuffix(" MB, \(NumberFormat.count(rowsRead)) rows") == true)
        let link = try #require(manifest.stages.first { $0.stage == "link" })
        #expect((link.records["candidate_pairs"] ?? 0) > 0)
        #expect(stageRows.dropFirst(2).first?[5].contains(" participants/s, ") == true)
        #expect(stageRows.last.map { Int($0[6].replacingOccurrences(of: ",", with: "")) ?? 0 } ?? 0 > 0)
        #expect(!result.stdout.contains("Growth") && !result.stdout.contains("DuckDB"))

        let written = try String(contentsOfFile: results, encoding: .utf8)
        #expect(written.hasPrefix("# The whole pipeline at 1x, 10x, 100x\n") && written.hasSuffix(result.stdout))
        #expect(written.contains("Load average (1, 5, 15 min) at start "))
    }
}
