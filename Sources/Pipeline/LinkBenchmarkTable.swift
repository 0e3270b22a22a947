import BackboneCore

/// The side-by-side linkage benchmark as a Markdown table, ready to paste into
/// `docs/benchmarks.md`, with a note under it for each run that failed or was stopped.
public enum LinkBenchmarkTable {
    static let header = """
        | data set | students × participants | tool | precision | recall | F1 | wall (s) | peak memory (MiB) | Backbone's time / Splink's |
        |---|---:|---|---:|---:|---:|---:|---:|---:|
        """

    public static func markdown(_ dataSets: [LinkBenchmarkDataSet]) -> String {
        var lines = [header]
        var notes: [String] = []
        for set in dataSets {
            let size = NumberFormat.count(set.students) + " × " + NumberFormat.count(set.participants)
            lines.append(row(set.backbone, [set.name, size], timeShare: timeShare(set.backbone, set.splink)))
            if let splink = set.splink { lines.append(row(splink, ["", ""], timeShare: "")) }
            for run in [set.backbone] + (set.splink.map { [$0] } ?? []) {
                switch run.result {
                case .scored: break
                case .failed(let reason): notes.append("- \(set.name), \(run.tool): failed: \(reason)")
                case .stopped: notes.append("- \(set.name), \(run.tool): stopped at the time limit, after \(seconds(run.seconds)) s")
                }
            }
        }
        let floor = dataSets.flatMap { [$0.backbone] + ($0.splink.map { [$0] } ?? []) }.map(\.floorBytes).max() ?? 0
        if floor > 0 {
            notes.append(
                "- Peak memory is each tool's largest resident set. Linux counts in it the size of the process that "
                    + "started the tool (this benchmark, at most \(mebibytes(floor)) MiB here), so a figure that low "
                    + "may be that floor rather than the tool's own.")
        }
        return lines.joined(separator: "\n") + "\n" + (notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n") + "\n")
    }

    static func mebibytes(_ bytes: Int) -> String {
        NumberFormat.count(Int((Double(bytes) / 1_048_576).rounded()))
    }

    private static func row(_ run: LinkBenchmarkRun, _ leading: [String], timeShare: String) -> String {
        let figures: [String]
        if case .scored(let accuracy) = run.result {
            figures = [accuracy.precision, accuracy.recall, accuracy.f1].map { NumberFormat.fixed($0, decimals: 4) }
        } else {
            figures = ["—", "—", "—"]
        }
        let wall = (run.result == .stopped ? "> " : "") + seconds(run.seconds)
        let cells = leading + [run.tool] + figures + [wall, mebibytes(run.peakBytes), timeShare]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    /// Backbone's wall time over Splink's, with the "1/N" it amounts to when Backbone is at
    /// least twice as fast; an upper bound when Splink was stopped; empty without both times.
    private static func timeShare(_ backbone: LinkBenchmarkRun, _ splink: LinkBenchmarkRun?) -> String {
        guard case .scored = backbone.result, let splink, splink.seconds > 0 else { return "" }
        let share = backbone.seconds / splink.seconds
        let text = NumberFormat.fixed(share, decimals: 3) + (share <= 0.5 ? " (1/\(Int((1 / share).rounded())))" : "")
        switch splink.result {
        case .scored: return text
        case .stopped: return "< " + text
        case .failed: return ""
        }
    }

    private static func seconds(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: value < 9.995 ? 2 : 1)  // 9.996 is 10.0, not 10.00
    }
}
