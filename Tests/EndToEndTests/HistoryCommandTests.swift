import BackboneTestSupport
import Foundation
import Testing

/// `backbone history` and `backbone diff` as a scheduler or an auditor runs them.
@Suite struct HistoryCommandTests {
    /// Two runs of the tiny pipeline through the binary, the enrollment export changed between them
    /// (the second run takes the unchanged students and their links from the stage cache).
    func twoRuns() throws -> HistoryPipeline {
        let pipeline = try HistoryPipeline()
        let run = ["run", "p.yml", "--quiet"]
        #expect(try BackboneBinary.run(run, in: pipeline.directory).status == 0)
        try pipeline.writeEnrollment(disadvantagedIn2025: 15)
        #expect(try BackboneBinary.run(run, in: pipeline.directory).status == 0)
        return pipeline
    }

    @Test func historyListsTheRunsNewestFirst() throws {
        let pipeline = try twoRuns()
        for arguments in [["history", "p.yml"], ["history", "--out", "out/p"], ["history"]] {
            let result = try BackboneBinary.run(arguments, in: pipeline.directory)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines[0].hasPrefix("run  ") && lines[0].hasSuffix("inputs changed  values changed"))
            #expect(lines[1].contains("  succeeded  incremental  ") && lines[1].hasSuffix("               1              11"))
            #expect(lines[2].hasSuffix("               —               —"))
        }
    }

    @Test func diffShowsTheChangedNumbersAndTheInputBehindThem() throws {
        let pipeline = try twoRuns()
        let result = try BackboneBinary.run(["diff", "previous", "latest", "p.yml"], in: pipeline.directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Published values that differ: 11 (11 changed, 0 hidden now, 0 shown now, 0 added, 0 removed)"))
        #expect(result.stdout.contains("  disadvantaged  2024–25  sex=female (Female): 0.4000 (6/15) → 0.4667 (7/15)\n"))
        #expect(result.stdout.contains(
            "  disadvantaged  2024–25  economically_disadvantaged=yes (Economically disadvantaged): "
                + "hidden (top_coded, >=0.9000 of 12) → hidden (top_coded, >=0.9000 of 15)\n"))
        #expect(result.stdout.contains("What differs in what the runs read:\n  source enrollment: enrollment.csv changed"))
    }

    @Test func anUnknownRunIsAConfigurationErrorNamingTheRuns() throws {
        let pipeline = try twoRuns()
        let result = try BackboneBinary.run(["diff", "nope", "latest", "p.yml"], in: pipeline.directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("out/p.history.sqlite: error: no run 'nope' in the history; runs, newest first: "))
        let missing = try BackboneBinary.run(["history", "--out", "elsewhere"], in: pipeline.directory)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("elsewhere.history.sqlite: error: no run history here"))
    }
}
