import BackboneTestSupport
import Pipeline
import Testing

/// The benchmark's Markdown table (golden `fixtures/golden/link-bench/table.md`).
@Suite struct LinkBenchmarkTableTests {
    static let mebibyte = 1_048_576

    static func run(_ tool: String, _ result: LinkBenchmarkRun.Result, seconds: Double, mebibytes: Int) -> LinkBenchmarkRun {
        LinkBenchmarkRun(
            tool: tool, result: result, seconds: seconds, peakBytes: mebibytes * mebibyte, floorBytes: 21 * mebibyte + 3)
    }

    static func accuracy(_ p: Double, _ r: Double, _ f: Double) -> LinkBenchmarkRun.Result {
        .scored(LinkageAccuracy(precision: p, recall: r, f1: f))
    }

    /// Scored runs with the time share, a failed Splink run, one stopped at the time limit
    /// (the share then a bound), a failed Backbone run, and a set linked by Backbone alone.
    @Test func everyKindOfRow() {
        let sets = [
            LinkBenchmarkDataSet(
                name: "FEBRL4", students: 5000, participants: 5000,
                backbone: Self.run("Backbone 0.1.0", Self.accuracy(1, 0.99655, 0.998_27), seconds: 0.412, mebibytes: 35),
                splink: Self.run("Splink 5.0.0", Self.accuracy(1, 0.9986, 0.9993), seconds: 21.26, mebibytes: 375)),
            LinkBenchmarkDataSet(
                name: "rosters 10x", students: 60000, participants: 28140,
                backbone: Self.run("Backbone 0.1.0", Self.accuracy(0.99, 0.98, 0.985), seconds: 9.999, mebibytes: 410),
                splink: Self.run("Splink 5.0.0", .failed(reason: "exit status 1; see w/splink.stderr.log"), seconds: 3.2, mebibytes: 120)),
            LinkBenchmarkDataSet(
                name: "rosters 100x", students: 600000, participants: 281_427,
                backbone: Self.run("Backbone 0.1.0", Self.accuracy(0.99, 0.97, 0.98), seconds: 142.6, mebibytes: 2500),
                splink: Self.run("Splink 5.0.0", .stopped, seconds: 2400.04, mebibytes: 9000)),
            LinkBenchmarkDataSet(
                name: "rosters 1x", students: 6000, participants: 2814,
                backbone: Self.run("Backbone 0.1.0", .failed(reason: "killed by signal 9; see b.log"), seconds: 1, mebibytes: 50),
                splink: Self.run("Splink 5.0.0", Self.accuracy(0.9956, 0.9765, 0.986), seconds: 2, mebibytes: 300)),
            LinkBenchmarkDataSet(
                name: "rosters 2x", students: 12000, participants: 5600,
                backbone: Self.run("Backbone 0.1.0", Self.accuracy(1, 1, 1), seconds: 1.5, mebibytes: 60), splink: nil),
        ]
        Golden.check(LinkBenchmarkTable.markdown(sets), named: "link-bench/table.md")
    }
}
