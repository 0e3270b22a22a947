import ArgumentParser
import BackboneCore
import Extract
import Foundation

/// Measures the extract readers on a real file, to keep their speed honest.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure reader throughput, linkage accuracy and the whole pipeline.",
        subcommands: [CSV.self, BenchLink.self, BenchLinkFebrl.self, BenchMeasure.self, BenchReport.self, BenchPipeline.self])

    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "Read a CSV (or gzipped CSV) file, touching every field, and print MB/s.")

        @Argument(help: "The CSV file to read.")
        var file: String

        @Option(help: "How many times to read the file.")
        var `repeat` = 3

        @Option(help: "The field delimiter: one ASCII character, or 'tab'.")
        var delimiter = ","

        @Option(help: "utf-8, windows-1252 or latin-1.")
        var encoding = "utf-8"

        func run() throws {
            let options = try csvOptions()
            for _ in 0..<max(`repeat`, 1) {
                let counter = try CountingByteSource(openByteSource(path: file))
                let started = DispatchTime.now().uptimeNanoseconds
                let reader = try CSVReader(source: counter, file: file, options: options)
                var fieldBytes = 0
                var malformedRows = 0
                try reader.read(
                    row: { row in
                        for index in 0..<row.count {
                            fieldBytes &+= row.withBytes(index) { $0.count }
                        }
                    },
                    malformed: { _ in malformedRows += 1 })
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                let megabytes = Double(counter.bytes) / 1e6
                print(
                    "bytes \(counter.bytes)  rows \(reader.rowsRead)  malformed \(malformedRows)  "
                        + "field bytes \(fieldBytes)  seconds \(String(format: "%.3f", seconds))  "
                        + "MB/s \(String(format: "%.1f", megabytes / seconds))")
            }
        }

        private func csvOptions() throws -> CSVOptions {
            guard let textEncoding = TextEncoding(rawValue: encoding) else {
                throw ValidationError("unknown encoding '\(encoding)'; expected utf-8, windows-1252 or latin-1")
            }
            let delimiterText = delimiter == "tab" ? "\t" : delimiter
            guard delimiterText.utf8.count == 1, let byte = delimiterText.utf8.first else {
                throw ValidationError("expected a one-character delimiter, found '\(delimiter)'")
            }
            return CSVOptions(delimiter: byte, encoding: textEncoding)
        }
    }
}

/// Counts the bytes a reader pulls (decompressed, for a gzipped file).
private final class CountingByteSource: ByteSource {
    private let source: ByteSource
    private(set) var bytes = 0

    init(_ source: ByteSource) {
        self.source = source
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = try source.read(into: buffer)
        bytes += count
        return count
    }
}
