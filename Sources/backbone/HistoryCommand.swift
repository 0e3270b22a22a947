import ArgumentParser
import RunHistory

/// `backbone history [PIPELINE]`: the card's runs, newest first, for a scheduler or an auditor.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List a card's runs, newest first: status, mode, duration and what changed since the run before.",
        discussion: """
            Every `backbone run` is recorded in <card>.history.sqlite beside the card's folder, \
            failed runs too. "inputs changed" and "values changed" compare a published run with \
            the published run before it; `backbone diff` shows the changes themselves.
            """)

    @OptionGroup var location: HistoryLocation

    func run() throws {
        do {
            print(try RunHistoryListing(location.open()).text, terminator: "")
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
