import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline: extract, validate, link, measure, and publish the report card.")

    @Argument(help: "The pipeline file, e.g. pipelines/riverton.yml.")
    var pipeline: String

    @Option(help: "Folder the report card is published to (default: out/<pipeline name>).")
    var out: String?

    @Option(name: .customLong("private"), help: "Owner-only folder for record-level files (default: private/<pipeline name>).")
    var privateDirectory: String?

    @Flag(help: "Redo every stage, ignoring the stage cache (stages whose inputs and settings are unchanged are otherwise skipped).")
    var full = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let name = PipelineName.of(pipeline)
        let options = RunOptions(
            outputDirectory: absolute(out ?? "out/\(name)"), privateDirectory: absolute(privateDirectory ?? "private/\(name)"),
            full: full)
        let printer = TerminalProgress(quiet: quiet)
        do {
            let config = try PipelineLoader.load(path: pipeline)
            _ = try PipelineRunner(config: config, options: options, observer: printer).run()
            printer.done(output: out ?? "out/\(name)")
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }

    private func absolute(_ path: String) -> String {
        FilePath.resolve(path, against: FileManager.default.currentDirectoryPath)
    }
}
