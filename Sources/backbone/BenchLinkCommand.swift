import ArgumentParser
import BackboneCore
import Linkage
import Pipeline

/// `backbone bench link-febrl DIR`: accuracy and time of the linker on FEBRL4.
struct BenchLinkFebrl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link-febrl",
        abstract: "Link FEBRL4 (from ../shared/bench/export_febrl.py) and print precision, recall, F1 and seconds.")

    @Argument(help: "Folder holding febrl4_a.csv and febrl4_b.csv.")
    var directory: String

    @Option(help: "Share of the second file's records expected to be in the first (FEBRL4: all).")
    var expectedMatchShare = 1.0

    func run() throws {
        let score = try FebrlBenchmark.run(
            directory: directory,
            settings: ProbabilisticLinkSettings(expectedMatchShare: min(max(expectedMatchShare, 0.01), 0.999_999)))
        print(
            "backbone febrl4: P=\(NumberFormat.fixed(score.precision, decimals: 4)) R=\(NumberFormat.fixed(score.recall, decimals: 4)) "
                + "F1=\(NumberFormat.fixed(score.f1, decimals: 4)) (links=\(score.links) correct=\(score.correct) true=\(score.truePairs)) "
                + "time \(NumberFormat.fixed(score.seconds, decimals: 2)) s")
    }
}
