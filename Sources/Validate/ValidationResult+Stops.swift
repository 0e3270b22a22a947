import BackboneCore

extension ValidationResult {
    /// Why a run must stop: a fatal rule failed; a rule about the whole source failed at
    /// error or fatal severity (there is no row to set aside); a rule failed on more than its
    /// threshold's share of rows; or more than the source's threshold of rows was set aside.
    static func stops(
        rules: SourceRules, outcomes: [RuleOutcome], in table: Table, setAside: (rows: Int, of: Int),
        sourceLocation: SourceLocation?
    ) -> [Diagnostic] {
        var stops: [Diagnostic] = []
        let source = rules.source
        for outcome in outcomes {
            let rule = outcome.rule
            if let finding = outcome.sourceFinding, rule.severity >= .error {
                stops.append(.error("source '\(source)': rule '\(rule.name)' failed: \(finding.message)", at: rule.location))
                continue
            }
            guard let first = outcome.failingRows.first else { continue }
            let failed = outcome.failingRows.count
            if rule.severity == .fatal {
                stops.append(
                    .error(
                        "source '\(source)': fatal rule '\(rule.name)' failed on \(rows(failed)), the first at "
                            + "\(table.origins.location(ofRow: first))",
                        at: rule.location))
            } else if let threshold = rule.threshold, Double(failed) > threshold * Double(table.rowCount) {
                stops.append(
                    .error(
                        "source '\(source)': \(share(failed, of: table.rowCount)) failed rule '\(rule.name)', "
                            + "above its threshold of \(FindingText.percent(threshold))",
                        at: rule.location))
            }
        }
        if let threshold = rules.threshold, Double(setAside.rows) > threshold * Double(setAside.of) {
            stops.append(
                .error(
                    "source '\(source)': \(share(setAside.rows, of: setAside.of)) failed error rules, "
                        + "above the threshold of \(FindingText.percent(threshold))",
                    at: sourceLocation))
        }
        return stops
    }

    private static func rows(_ count: Int) -> String {
        count == 1 ? "1 row" : "\(count) rows"
    }

    /// `7.5% of rows (15 of 200)`.
    private static func share(_ count: Int, of total: Int) -> String {
        "\(FindingText.percent(Double(count) / Double(total))) of rows (\(count) of \(total))"
    }
}
