import BackboneCore

extension RunHistoryStore {
    /// The run `reference` names: a run id or a unique prefix of one, `latest` (the newest run
    /// that published a card) or `previous` (the published run before it).
    public func run(named reference: String) throws -> RecordedRun {
        let runs = try runs()
        let published = runs.filter(\.published)
        switch reference {
        case "latest", "previous":
            let index = reference == "latest" ? 0 : 1
            guard index < published.count else {
                throw problem("'\(reference)' names no run: the history has \(published.count) published run(s)", runs: runs)
            }
            return published[index]
        default:
            if let exact = runs.first(where: { $0.id == reference }) { return exact }
            let matches = runs.filter { $0.id.hasPrefix(reference) }
            guard matches.count == 1 else {
                throw matches.isEmpty
                    ? problem("no run '\(reference)' in the history", runs: runs)
                    : problem("'\(reference)' matches \(matches.count) runs; give more of the id", runs: matches)
            }
            return matches[0]
        }
    }

    /// A run that published a card, for comparing what it published.
    public func publishedRun(named reference: String) throws -> RecordedRun {
        let run = try run(named: reference)
        guard run.published else {
            throw Diagnostic.error(
                "run \(run.id) published nothing (it ended \(run.status)); compare runs that published a card",
                at: SourceLocation(file: displayPath))
        }
        return run
    }

    /// Names the runs there are (the newest ten), so the next attempt can pick one.
    private func problem(_ message: String, runs: [RecordedRun]) -> Diagnostic {
        let shown = runs.prefix(10).map { "\($0.id) (\($0.status))" }.joined(separator: ", ")
        let more = runs.count > 10 ? " and \(runs.count - 10) older" : ""
        let known = runs.isEmpty ? "no runs are recorded yet" : "runs, newest first: \(shown)\(more)"
        return Diagnostic.error("\(message); \(known); or use latest or previous", at: SourceLocation(file: displayPath))
    }
}
