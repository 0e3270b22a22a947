import ArgumentParser
import BackboneCore
import Pipeline

/// `backbone bench link-febrl DIR`: accuracy and time of the linker on FEBRL4.
struct BenchLinkFebrl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link-febrl",
        abstract: "Link FEBRL4 (from ../shared/bench/export_febrl.py) and print precision, recall, F1 and seconds.")

    @Argument(help: "Folder holding febrl4_a.csv and febrl4_b.csv.")
    var directory: String

    @Option(help: "The link settings file that maps FEBRL's columns and sets the linker.")
    var settings = "pipelines/link/febrl.yml"

    func run() throws {
        let measurement: FebrlBenchmark.Measurement
        do {
            measurement = try FebrlBenchmark.run(directory: directory, settingsFile: settings)
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
        let score = measurement.score
        print(
            "backbone febrl4: P=\(NumberFormat.fixed(score.precision, decimals: 4)) R=\(NumberFormat.fixed(score.recall, decimals: 4)) "
                + "F1=\(NumberFormat.fixed(score.f1, decimals: 4)) (links=\(score.links) correct=\(score.correct) true=\(score.truePairs)) "
                + "time \(NumberFormat.fixed(measurement.seconds, decimals: 2)) s")
    }
}
