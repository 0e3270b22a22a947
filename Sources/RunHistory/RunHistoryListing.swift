import BackboneCore

/// The runs of a history, newest first, each published one with how much changed since the
/// published run before it (`backbone history`).
public struct RunHistoryListing: Sendable {
    public struct Entry: Sendable {
        public var run: RecordedRun
        /// Input files (pipeline file and templates included) that differ from the published run
        /// before; nil for a failed run or the first published one.
        public var inputsChanged: Int?
        /// Published cells that differ from the published run before.
        public var valuesChanged: Int?
    }

    public var entries: [Entry]

    public init(_ store: RunHistoryStore) throws {
        let runs = try store.runs()
        entries = try runs.enumerated().map { index, run in
            guard run.published, let before = runs[(index + 1)...].first(where: \.published) else {
                return Entry(run: run)
            }
            return Entry(
                run: run,
                inputsChanged: InputChange.between(try store.inputs(of: before.id), try store.inputs(of: run.id)).count,
                valuesChanged: try store.changedValueCount(from: before.id, to: run.id))
        }
    }

    /// A table for people; a failed run's message is on the line below it.
    public var text: String {
        guard !entries.isEmpty else { return "No runs recorded yet.\n" }
        let header = ["run", "started", "status", "mode", "duration", "inputs changed", "values changed"]
        let rows = entries.map { entry in
            [
                entry.run.id, entry.run.started, entry.run.status, entry.run.mode ?? "—", Self.duration(entry.run.seconds),
                entry.inputsChanged.map(NumberFormat.count) ?? "—", entry.valuesChanged.map(NumberFormat.count) ?? "—",
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        // Text columns left-aligned, numbers right-aligned.
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column >= 4 ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        var lines = [line(header)]
        for (entry, row) in zip(entries, rows) {
            lines.append(line(row))
            if let failure = entry.run.failure { lines.append("  ↳ " + failure) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds >= 60 else { return NumberFormat.fixed(seconds, decimals: 1) + " s" }
        let whole = Int(seconds.rounded())
        return "\(whole / 60) min " + (whole % 60 < 10 ? "0" : "") + "\(whole % 60) s"
    }
}
