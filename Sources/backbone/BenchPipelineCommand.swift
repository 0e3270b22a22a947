import ArgumentParser
import BackboneCore
import DemoCommunity
import Foundation
import Pipeline

/// `backbone bench pipeline`: the whole nightly run at 1x, 10x and 100x the demo, with DuckDB beside it.
struct BenchPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Run the whole pipeline on the demo community at several sizes; print per-stage time, throughput, growth and peak memory, with DuckDB beside it.",
        discussion: """
            Each run is `backbone run` as a child process into WORK/runs/<N>x (replaced each time, so every run is \
            a full one), timed and measured on its own; stage times and counts come from the card's manifest.json. \
            1x is the committed demo (\(RivertonCommunity.defaultStudents) students); larger communities are written \
            by `backbone synth` into WORK/riverton-<N>x and reused while their README names the same seed and size. \
            With the peers set up (benchmarks/setup-peers.sh), DuckDB computes the same indicators from the same \
            files and its values are checked against Backbone's. The tables are printed and written to --results.
            """)

    @Option(help: ArgumentHelp("Folder for the generated communities, runs and logs.", valueName: "dir"))
    var work = "/tmp/backbone-pipeline-bench"

    @Option(help: ArgumentHelp("Community sizes, as multiples of the demo community.", valueName: "n,n,…"))
    var sizes = "1,10,100"

    @Option(help: ArgumentHelp("The demo pipeline file, run at every size with its exports pointed at that community.", valueName: "file"))
    var pipeline = "pipelines/riverton.yml"

    @Option(help: ArgumentHelp("The committed demo community: the 1x size.", valueName: "dir"))
    var demo = "fixtures/riverton"

    @Option(help: ArgumentHelp("The Markdown file the results replace.", valueName: "file"))
    var results = "benchmarks/results.md"

    @Option(help: ArgumentHelp("The Python that has DuckDB (benchmarks/setup-peers.sh).", valueName: "path"))
    var python = ".peers-venv/bin/python"

    @Option(help: ArgumentHelp("The folder of the DuckDB script.", valueName: "dir"))
    var peerScripts = "benchmarks/duckdb"

    @Option(help: ArgumentHelp("Each child process is stopped after this many minutes.", valueName: "minutes"))
    var timeLimit = 30.0

    @Flag(help: "Run Backbone only.")
    var skipPeers = false

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw ValidationError("expected --sizes as positive whole numbers separated by commas, found '\(sizes)'")
        }
        guard timeLimit > 0 else { throw ValidationError("expected a positive --time-limit, found \(timeLimit)") }
    }

    private var parsedSizes: [Int?] {
        sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() throws {
        let loadAtStart = PipelineBenchmarkTable.loadAverage()
        let benchmark = PipelineBenchmark(
            workDirectory: work, sizes: parsedSizes.compactMap { $0 }, seed: RivertonCommunity.defaultSeed,
            studentsAt1x: RivertonCommunity.defaultStudents,
            backbone: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe",
            pipeline: pipeline, demoCommunity: demo, python: python, peerScripts: peerScripts, runsPeers: !skipPeers,
            timeLimit: timeLimit * 60)
        do {
            let measured = try benchmark.run(progress: Diagnostics.printToStandardError)
            let table = PipelineBenchmarkTable.markdown(measured)
            print(table, terminator: "")
            let heading = PipelineBenchmarkTable.heading(
                date: Date(), command: CommandLine.arguments.joined(separator: " "),
                commit: PipelineBenchmarkTable.gitCommit(scratch: work), loadAtStart: loadAtStart,
                loadAtEnd: PipelineBenchmarkTable.loadAverage())
            try Data((heading + table).utf8).write(to: URL(fileURLWithPath: results))
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
