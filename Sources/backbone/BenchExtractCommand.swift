import ArgumentParser
import BackboneCore
import Extract
import Foundation
import Pipeline

/// `backbone bench extract PIPELINE`: each source extracted on one core, beside the CSV reader
/// alone on the same files, so the cost of building typed columns is visible per source.
struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract each source of a pipeline on one core and print MB/s, beside the CSV reader alone.")

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(name: .customLong("source"), help: "Only this source (repeatable); default every source.")
    var sources: [String] = []

    @Option(help: "How many times to extract each source; the table shows the fastest and the slowest.")
    var `repeat` = 3

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let config: PipelineConfig
        do {
            config = try PipelineLoader.load(path: pipeline)
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
        let baseDirectory = FilePath.directory(of: FilePath.resolve(pipeline, against: cwd))
        let chosen = sources.isEmpty ? config.sources : config.sources.filter { sources.contains($0.id) }
        if let unknown = sources.first(where: { id in !config.sources.contains { $0.id == id } }) {
            throw ValidationError("the pipeline has no source '\(unknown)'")
        }
        print(
            "One thread, files in the page cache, best and worst of \(max(`repeat`, 1)) runs; MB are decompressed "
                + "bytes; MB/s per CPU second of the extracting thread (its wall time in brackets, for the best run).\n")
        print("| source | format | MB | rows | extract CPU (s) | extract MB/s | CSV reader alone MB/s | extract / reader |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        var csvBytes = 0
        var csvSeconds = 0.0
        for source in chosen {
            let extractTimes = try (0..<max(`repeat`, 1)).map { _ in
                try measure { try SourceExtractor.extract(source, baseDirectory: baseDirectory, displayBase: cwd) }
            }
            let extracted = extractTimes[0].result
            let fastest = extractTimes.map(\.seconds).min()!
            let slowest = extractTimes.map(\.seconds).max()!
            let fastestWall = extractTimes.map(\.wall).min()!
            let megabytes = Double(extracted.bytesRead) / 1e6
            var readerColumns = "| | "
            if source.format == .csv {
                let options = CSVOptions(
                    delimiter: source.delimiter, encoding: source.encoding, maxFieldBytes: source.limits.maxFieldBytes)
                let readerSeconds = try (0..<max(`repeat`, 1)).map { _ in
                    try measure { try extracted.files.map { try CSVReadPass.run(path: $0, options: options) } }.seconds
                }.min()!
                readerColumns = "| \(NumberFormat.fixed(megabytes / readerSeconds, decimals: 0)) | "
                    + "\(NumberFormat.fixed(readerSeconds / fastest, decimals: 2)) "
                csvBytes += extracted.bytesRead
                csvSeconds += fastest
            }
            print(
                "| \(source.id) | \(source.format.rawValue) | \(NumberFormat.fixed(megabytes, decimals: 1)) "
                    + "| \(NumberFormat.count(extracted.rowsRead)) "
                    + "| \(NumberFormat.fixed(fastest, decimals: 3)) – \(NumberFormat.fixed(slowest, decimals: 3)) "
                    + "(\(NumberFormat.fixed(fastestWall, decimals: 3))) "
                    + "| \(NumberFormat.fixed(megabytes / fastest, decimals: 0)) – \(NumberFormat.fixed(megabytes / slowest, decimals: 0)) "
                    + readerColumns + "|")
        }
        if csvSeconds > 0 {
            print(
                "\nCSV sources together: \(NumberFormat.fixed(Double(csvBytes) / 1e6, decimals: 1)) MB in "
                    + "\(NumberFormat.fixed(csvSeconds, decimals: 3)) CPU seconds on one thread, "
                    + "\(NumberFormat.fixed(Double(csvBytes) / 1e6 / csvSeconds, decimals: 0)) MB/s.")
        }
    }

    /// `seconds` is the calling thread's CPU time, steady on a machine shared with other work.
    private func measure<T>(_ work: () throws -> T) rethrows -> (result: T, seconds: Double, wall: Double) {
        let started = DispatchTime.now().uptimeNanoseconds
        let cpuStarted = threadCPUSeconds()
        let result = try work()
        return (result, threadCPUSeconds() - cpuStarted, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }

    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
