import BackboneCore

/// `data-quality.csv`: one tidy row per source measure, rule or field, beside the page.
///
/// The next run reads the published copy back to show what changed (`PreviousDataQuality`).
public enum DataQualityCSV {
    public static let header = ["source", "partner", "table", "kind", "name", "severity", "count", "share", "first_locations"]

    public static func render(_ sources: [DataQualitySource]) -> String {
        var writer = CSVWriter(header: header)
        for s in sources {
            func row(_ kind: String, _ name: String, _ severity: String, _ count: Int, _ locations: [String] = []) {
                let share = s.rowsRead > 0 ? NumberFormat.fixed(Double(count) / Double(kind == "missing" ? max(s.rowsKept, 1) : s.rowsRead), decimals: 4) : ""
                writer.appendRow([
                    .text(s.id), .text(s.partner), .text(s.table), .text(kind), .text(name), .text(severity),
                    .number(String(count)), share.isEmpty ? .empty : .number(share),
                    .text(locations.joined(separator: "; ")),
                ])
            }
            row("rows_read", "", "", s.rowsRead)
            row("rows_kept", "", "", s.rowsKept)
            row("rows_quarantined", "", "", s.rowsQuarantined)
            for rule in s.rules { row("rule", rule.name, rule.severity, rule.failures, rule.firstLocations) }
            for field in s.fields { row("missing", field.field, "", field.missing) }
        }
        return writer.output
    }
}
