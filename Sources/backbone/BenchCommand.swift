import ArgumentParser
import BackboneCore
import Extract
import Foundation

/// Measures the extract readers on a real file, to keep their speed honest.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure reader throughput, linkage accuracy and the whole pipeline.",
        subcommands: [CSV.self, BenchExtract.self, BenchLink.self, BenchLinkFebrl.self, BenchMeasure.self, BenchReport.self, BenchPipeline.self])

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
                let pass = try CSVReadPass.run(path: file, options: options)
                print(
                    "bytes \(pass.bytes)  rows \(pass.rows)  malformed \(pass.malformedRows)  "
                        + "field bytes \(pass.fieldBytes)  seconds \(String(format: "%.3f", pass.seconds))  "
                        + "MB/s \(String(format: "%.1f", Double(pass.bytes) / 1e6 / pass.seconds))")
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
