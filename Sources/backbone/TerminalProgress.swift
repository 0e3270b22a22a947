import BackboneCore
import Foundation
import Pipeline

/// Prints each stage's progress and timing to stdout, warnings to stderr; only errors when quiet.
final class TerminalProgress: RunObserver {
    private let quiet: Bool

    init(quiet: Bool) { self.quiet = quiet }

    func stageStarted(_ stage: String) {
        guard !quiet else { return }
        print("▸ \(stage)…", terminator: "")
        fflush(stdout)
    }

    func stageFinished(_ stage: String, seconds: Double, summary: String) {
        guard !quiet else { return }
        print("\r✓ \(stage.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%6.2f", seconds)) s  \(summary)")
    }

    func warning(_ diagnostic: Diagnostic) {
        guard !quiet else { return }
        Diagnostics.printToStandardError(diagnostic.description)
    }

    func done(output: String) {
        guard !quiet else { return }
        print("Report card: \(output)/index.html")
    }
}
