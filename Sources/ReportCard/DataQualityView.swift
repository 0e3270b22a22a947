import BackboneCore

/// The template-facing view of one source's data quality.
enum DataQualityView {
    static func make(_ s: DataQualitySource) -> [String: Any] {
        var view: [String: Any] = [
            "id": s.id, "partner": s.partner, "table": s.table,
            "rowsRead": NumberFormat.count(s.rowsRead), "rowsKept": NumberFormat.count(s.rowsKept),
            "rowsRejected": NumberFormat.count(s.rowsQuarantined),
            "rules": s.rules.map { rule -> [String: Any] in
                [
                    "name": rule.name, "severity": rule.severity, "failures": NumberFormat.count(rule.failures),
                    "share": s.rowsRead > 0 ? NumberFormat.percent(Double(rule.failures) / Double(s.rowsRead), decimals: 2) : "—",
                    "first": rule.firstLocations.joined(separator: ", "), "passed": rule.failures == 0,
                ]
            },
            "fields": s.fields.map { field -> [String: Any] in
                let share = s.rowsKept > 0 ? Double(field.missing) / Double(s.rowsKept) : 0
                var line: [String: Any] = [
                    "field": field.field, "missing": NumberFormat.count(field.missing),
                    "share": NumberFormat.percent(share), "complete": NumberFormat.fixed((1 - share) * 100, decimals: 1),
                ]
                if let previous = field.previousMissingShare { line["change"] = NumberFormat.points(share - previous) }
                return line
            },
        ]
        view["hasRules"] = !s.rules.isEmpty
        if let previous = s.previousRowsRead {
            view["previousRowsRead"] = NumberFormat.count(previous)
            let change = s.rowsRead - previous
            view["rowsChange"] = (change >= 0 ? "+" : "−") + NumberFormat.count(abs(change))
        }
        return view
    }
}
