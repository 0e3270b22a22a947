import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline: extract, validate, link, measure, and publish the report card.",
        discussion: """
            Exit statuses: 0 published; 1 internal error; 2 configuration error (the pipeline file); \
            4 data-quality checks stopped the run; 5 an input is missing, unreadable or changed shape; \
            6 another run is publishing the same card (see --wait). Nothing is published unless the status is 0.
            """)

    @Argument(help: "The pipeline file, e.g. pipelines/riverton.yml.")
    var pipeline: String

    @Option(help: "Folder the report card is published to (default: out/<pipeline name>).")
    var out: String?

    @Option(name: .customLong("private"), help: "Owner-only folder for record-level files (default: private/<pipeline name>).")
    var privateDirectory: String?

    @Flag(help: "Wait for another run publishing the same card to finish, instead of stopping with status 6.")
    var wait = false

    @Option(help: "Progress and errors as 'text' for people or 'json' (one event per line on standard error).")
    var logFormat: LogFormat = .text

    @Flag(help: "Redo every stage, ignoring the stage cache (stages whose inputs and settings are unchanged are otherwise skipped).")
    var full = false

    @Flag(help: "Print nothing but errors (text log format).")
    var quiet = false

    func run() throws {
        let name = PipelineName.of(pipeline)
        let output = out ?? "out/\(name)"
        let options = RunOptions(
            outputDirectory: absolute(output), privateDirectory: absolute(privateDirectory ?? "private/\(name)"), waitForLock: wait,
            full: full)
        switch logFormat {
        case .text:
            let printer = TerminalProgress(quiet: quiet)
            do {
                _ = try PipelineRunner(config: try PipelineLoader.load(path: pipeline), options: options, observer: printer).run()
                printer.done(output: output)
            } catch {
                throw ExitCode(Diagnostics.report(error))
            }
        case .json:
            let log = JSONEventLog()
            log.runStarted(command: "run", pipeline: pipeline)
            do {
                let result = try PipelineRunner(config: try PipelineLoader.load(path: pipeline), options: options, observer: log).run()
                log.runFinished(.succeeded, manifest: result.manifest, output: output)
            } catch {
                throw ExitCode(log.failed(error))
            }
        }
    }

    private func absolute(_ path: String) -> String {
        FilePath.resolve(path, against: FileManager.default.currentDirectoryPath)
    }
}
