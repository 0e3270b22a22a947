import ArgumentParser
import BackboneCore
import Foundation
import Pipeline
import Validate

/// `backbone validate PIPELINE`: extract and validate only, a summary table, and an exit
/// status that says passed (0), passed with warnings (3) or failed (4).
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and check every export without linking, measuring or publishing anything.")

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(name: .customLong("private"), help: "Owner-only folder for quarantined rows (default: private/<pipeline name>).")
    var privateDirectory: String?

    @Option(help: "The published card whose data-quality figures count as the previous run (default: out/<pipeline name>).")
    var previous: String?

    func run() throws {
        let name = PipelineName.of(pipeline)
        let cwd = FileManager.default.currentDirectoryPath
        let options = RunOptions(
            outputDirectory: FilePath.resolve(previous ?? "out/\(name)", against: cwd),
            privateDirectory: FilePath.resolve(privateDirectory ?? "private/\(name)", against: cwd))
        let result: RunResult
        do {
            let config = try PipelineLoader.load(path: pipeline)
            result = try PipelineRunner(config: config, options: options, observer: TerminalProgress(quiet: true))
                .run(through: .validate)
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
        print(ValidationSummary.table(result.quality, extracted: result.extracted))
        let verdict = ValidationSummary.verdict(result.quality, extracted: result.extracted)
        print(verdict.text)
        if verdict.status != .succeeded { throw ExitCode(verdict.status.exitCode) }
    }
}
