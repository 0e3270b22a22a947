import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

/// `backbone bench measure PIPELINE`: the frame build and all indicators × groups × years, timed apart.
struct BenchMeasure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Run a pipeline through link, then time the student-year frame and all indicators.")

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(help: "A crosswalk.csv a previous run wrote to its private folder, used instead of linking.")
    var crosswalk: String?

    @Option(help: "How many times to build the frame and compute the indicators.")
    var `repeat` = 3

    func run() throws {
        let name = PipelineName.of(pipeline)
        let cwd = FileManager.default.currentDirectoryPath
        do {
            let config = try PipelineLoader.load(path: pipeline)
            try MeasureBenchmark.run(
                config: config,
                options: RunOptions(
                    outputDirectory: FilePath.resolve("out/\(name)", against: cwd),
                    privateDirectory: FilePath.resolve("private/\(name)", against: cwd)),
                observer: TerminalProgress(quiet: false),
                crosswalkFile: crosswalk.map { (FilePath.resolve($0, against: cwd), $0) }, repeats: `repeat`
            ) { timing in
                func seconds(_ wall: Double, _ cpu: Double) -> String {
                    "\(NumberFormat.fixed(wall, decimals: 3)) s (cpu \(NumberFormat.fixed(cpu, decimals: 3)) s)"
                }
                print(
                    "frame: \(NumberFormat.count(timing.studentYears)) student-years in "
                        + "\(seconds(timing.frameSeconds, timing.frameCPUSeconds))   indicators: \(timing.indicators) "
                        + "(\(NumberFormat.count(timing.cells)) indicator × group × year cells) in "
                        + "\(seconds(timing.indicatorSeconds, timing.indicatorCPUSeconds))   threads: \(Parallel.workers)")
            }
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
