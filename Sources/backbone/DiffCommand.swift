import ArgumentParser
import RunHistory

/// `backbone diff RUN_A RUN_B`: which published numbers changed between two runs, and which inputs explain it.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which published numbers changed between two runs and which inputs explain it.",
        discussion: """
            RUN_A and RUN_B are run ids from `backbone history`, unique prefixes of them, or \
            `latest` (the newest run that published) and `previous` (the published run before it): \
            `backbone diff previous latest`.
            """)

    @Argument(help: "The older run: an id, a unique prefix, latest or previous.")
    var runA: String

    @Argument(help: "The newer run.")
    var runB: String

    @OptionGroup var location: HistoryLocation

    func run() throws {
        do {
            let store = try location.open()
            let comparison = try RunComparison(
                old: store.publishedRun(named: runA), new: store.publishedRun(named: runB), in: store)
            print(comparison.text, terminator: "")
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
