import BackboneCore
import Foundation
import Pipeline

/// Prints each stage's progress and timing to stdout, warnings to stderr; only errors when quiet.
final class TerminalProgress: RunObserver {
    private let quiet: Bool
    /// On a terminal the running stage is shown and then overwritten by its result line.
    private let interactive = isatty(STDOUT_FILENO) != 0

    init(quiet: Bool) { self.quiet = quiet }

    func stageStarted(_ stage: String) {
        guard !quiet, interactive else { return }
        FileHandle.standardOutput.write(Data("▸ \(stage)…".utf8))
    }

    func stageFinished(_ record: RunManifest.Stage, summary: String) {
        guard !quiet else { return }
        let stage = record.stage.padding(toLength: 9, withPad: " ", startingAt: 0)
        let line = (interactive ? "\r" : "") + "✓ \(stage) \(String(format: "%6.2f", record.seconds)) s  \(summary)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    func warning(_ diagnostic: Diagnostic) {
        guard !quiet else { return }
        Diagnostics.printToStandardError(diagnostic.description)
    }

    func done(output: String) {
        guard !quiet else { return }
        FileHandle.standardOutput.write(Data("Report card: \(output)/index.html\n".utf8))
    }
}
