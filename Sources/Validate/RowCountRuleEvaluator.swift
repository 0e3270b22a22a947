import BackboneCore

/// `rowCount`: the export must have at least `min` rows, and may not have shrunk by more than
/// `maxShrink` (a share) against the previous run. A finding about the source, not its rows.
struct RowCountRuleEvaluator: RuleEvaluator {
    let min: Int?
    let maxShrink: Double?
    let input: RuleInput

    func evaluate() -> RuleFailures {
        let rows = input.rowsRead
        var problems: [String] = []
        if let min, rows < min {
            problems.append("expected at least \(min) rows, found \(rows)")
        }
        if let maxShrink, let previous = input.previousRowCount, previous > 0 {
            let shrink = Double(previous - rows) / Double(previous)
            if shrink > maxShrink {
                problems.append(
                    "expected at most \(FindingText.percent(maxShrink)) fewer rows than the previous run's \(previous), "
                        + "found \(rows) (\(FindingText.percent(shrink)) fewer)")
            }
        }
        return RuleFailures(sourceMessage: problems.isEmpty ? nil : problems.joined(separator: "; "))
    }
}
