import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

/// `backbone verify PUBLISHED_DIR`: the auditor's command. Exit 0 when every output is
/// reproduced byte for byte, 7 when any differs, 5 when an input changed since publication.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rerun a published card from its manifest and compare every output byte for byte.",
        discussion: """
            Checks the SHA-256 of the pipeline file and every input the manifest names first (exit 5 naming \
            each one that changed), reruns the pipeline in a temporary folder, then compares every file. \
            Exit 0: reproduced; 7: some output differs (the first difference of each file is printed).
            """)

    @Argument(help: "The published card folder (it holds manifest.json).")
    var publishedDirectory: String

    @Option(help: "The pipeline file, when it has moved since the card was published.")
    var pipeline: String?

    @Option(help: "Keep the rerun's card in this folder for inspection.")
    var keep: String?

    @Flag(help: "Show each stage of the rerun.")
    var verbose = false

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let report: CardVerifier.Report
        do {
            report = try CardVerifier.verify(
                publishedDirectory: FilePath.resolve(publishedDirectory, against: cwd),
                pipeline: pipeline.map { FilePath.resolve($0, against: cwd) }, keepRerun: keep.map { FilePath.resolve($0, against: cwd) },
                observer: TerminalProgress(quiet: !verbose))
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
        let run = report.manifest.run
        if report.manifest.backboneVersion != BackboneVersion.current {
            Diagnostics.printToStandardError(
                "note: the card was published by Backbone \(report.manifest.backboneVersion); this is \(BackboneVersion.current)")
        }
        for path in report.alteredAfterPublication {
            print("\(path): changed after publication (its SHA-256 no longer matches manifest.json)")
        }
        for difference in report.differences { print(difference.description) }
        if report.reproduced {
            print("verified: all \(report.compared) files of run \(run.id) (published \(run.started)) reproduced byte for byte")
        } else {
            print("not reproduced: \(report.differences.count) of \(report.compared) files differ")
            throw ExitCode(RunStatus.notReproduced.exitCode)
        }
    }
}
