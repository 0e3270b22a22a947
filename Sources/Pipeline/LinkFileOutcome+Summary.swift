import BackboneCore
import Extract
import Linkage

extension LinkFileOutcome {
    /// Rows set aside or values left empty per roster, shown one by one up to this many.
    static let examplesShown = 5
    /// Where the per-pass and per-rule counts end: past the longest blocking rule's name.
    static let countColumn = 56

    /// What `backbone link` prints: counts only, never a name, birth date or id.
    public func summaryText() -> String {
        let summary = self.summary
        let people = summary.participants
        var lines = [
            "students:        " + rows(students),
            "participants:    " + rows(participants),
            "linked:          \(NumberFormat.count(summary.linked)) of \(NumberFormat.count(people)) participants"
                + (people > 0 ? " (\(NumberFormat.percent(Double(summary.linked) / Double(people))))" : ""),
        ]
        for pass in LinkPass.allCases {
            lines.append(row("  " + pass.rawValue, summary.linkedByPass[pass] ?? 0))
        }
        lines.append("for review:      \(NumberFormat.count(summary.forReview))")
        lines.append("not linked:      \(NumberFormat.count(people - summary.linked - summary.forReview))")
        lines.append("candidate pairs: \(NumberFormat.count(summary.candidatePairs))" + (summary.capped ? " (stopped at the cap)" : ""))
        for (rule, pairs) in summary.pairsPerRule {
            lines.append(row("  " + rule.rawValue, pairs))
        }
        if summary.candidatePairs > 0 {
            lines.append("EM:              \(summary.emIterations) iterations, " + (summary.emConverged ? "converged" : "not converged"))
        }
        lines.append("seconds:         \(NumberFormat.fixed(seconds, decimals: 2))")
        return lines.joined(separator: "\n")
    }

    /// For standard error: rows set aside, values that could not be read, and a candidate cap
    /// reached. Locations and value shapes only, as extract reports them.
    public func warnings(settingsFile: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for source in [students, participants] {
            warnings += source.rejected.prefix(Self.examplesShown).map { .warning("row set aside: \($0.reason)", at: $0.location) }
            if source.rejected.count > Self.examplesShown, let first = source.rejected.first {
                warnings.append(.warning(
                    "\(NumberFormat.count(source.rejected.count - Self.examplesShown)) more rows set aside",
                    at: SourceLocation(file: first.location.file)))
            }
            for problem in source.valueProblems {
                let shown = problem.examples.prefix(Self.examplesShown)
                warnings += shown
                if problem.count > shown.count, let first = shown.first?.location {
                    warnings.append(.warning(
                        "\(NumberFormat.count(problem.count - shown.count)) more values of field '\(problem.field)' could not be read and were left empty",
                        at: SourceLocation(file: first.file)))
                }
            }
        }
        if summary.capped {
            warnings.append(.warning(
                "blocking stopped at the candidate cap ('max_candidate_pairs'); some participants were not compared",
                at: SourceLocation(file: settingsFile)))
        }
        return warnings
    }

    private func rows(_ source: ExtractedSource) -> String {
        let unreadable = source.valueProblems.reduce(0) { $0 + $1.count }
        return "\(NumberFormat.count(source.rowsRead)) rows read, \(NumberFormat.count(source.rejected.count)) set aside, "
            + "\(NumberFormat.count(unreadable)) unreadable values left empty"
    }

    /// A label and a count right-aligned at a fixed column, so counts line up under one another.
    private func row(_ label: String, _ count: Int) -> String {
        let text = NumberFormat.count(count)
        let width = max(1, Self.countColumn - label.count - text.count)
        return label + String(repeating: " ", count: width) + text
    }
}
