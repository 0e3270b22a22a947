import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

/// `backbone bench report PIPELINE`: hashing the sources and rendering the whole card, timed apart.
struct BenchReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a pipeline through measure, then time hashing its sources and rendering every page of its card.")

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(help: "A crosswalk.csv a previous run wrote to its private folder, used instead of linking.")
    var crosswalk: String?

    @Option(help: "How many times to render the card.")
    var `repeat` = 3

    func run() throws {
        let name = PipelineName.of(pipeline)
        let cwd = FileManager.default.currentDirectoryPath
        do {
            let config = try PipelineLoader.load(path: pipeline)
            try ReportBenchmark.run(
                config: config,
                options: RunOptions(
                    outputDirectory: FilePath.resolve("out/\(name)", against: cwd),
                    privateDirectory: FilePath.resolve("private/\(name)", against: cwd)),
                observer: TerminalProgress(quiet: false),
                crosswalkFile: crosswalk.map { (FilePath.resolve($0, against: cwd), $0) }, repeats: `repeat`,
                hashed: { files, bytes, seconds in
                    print("sources hashed: \(files) files, \(NumberFormat.fixed(Double(bytes) / 1e6, decimals: 1)) MB in "
                        + "\(NumberFormat.fixed(seconds, decimals: 3)) s   threads: \(Parallel.workers)")
                }
            ) { timing in
                print("card rendered: \(timing.files) files, \(NumberFormat.fixed(Double(timing.bytes) / 1e6, decimals: 2)) MB in "
                    + "\(NumberFormat.fixed(timing.renderSeconds, decimals: 3)) s")
            }
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
