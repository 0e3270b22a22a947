import BackboneCore
import Extract

/// The data-quality account of one source: every row read is either kept or set aside, and
/// each canonical field's completeness. Aggregates only, safe to publish.
public struct SourceQuality: Sendable {
    public struct FieldCompleteness: Sendable {
        public var field: String
        public var missing: Int
        public var unparseable: Int
    }

    /// One declared rule's result: how many rows failed it and where the first ones are.
    public struct RuleSummary: Sendable {
        public var name: String
        public var severity: RuleSeverity
        public var failures: Int
        public var firstLocations: [SourceLocation]
    }

    public var source: String
    public var rowsRead: Int
    public var rowsKept: Int
    public var rowsRejected: Int
    /// Rejections counted by reason, most frequent first (ties by reason).
    public var rejectionsByReason: [(reason: String, count: Int, firstLocation: SourceLocation)]
    /// Declared rules in declaration order.
    public var rules: [RuleSummary]
    /// In the table's field order, over the rows kept.
    public var fields: [FieldCompleteness]

    /// Accounts for an extracted and validated source; throws if rows went missing, which
    /// would be a bug: rows read = kept + set aside at extract + quarantined by rules.
    public static func assess(_ extracted: ExtractedSource, validation: ValidationResult? = nil) throws -> SourceQuality {
        let table = validation?.kept ?? extracted.table
        let quarantined = validation?.quarantined.count ?? 0
        guard extracted.rowsRead == table.rowCount + extracted.rejected.count + quarantined else {
            throw InternalError(
                "internal error: \(extracted.rowsRead) rows read but \(table.rowCount) kept, "
                    + "\(extracted.rejected.count) set aside at extract and \(quarantined) quarantined",
                at: extracted.config.location)
        }
        var reasons: [String: (count: Int, first: SourceLocation)] = [:]
        for row in extracted.rejected {
            let reason = Self.generalize(row.reason)
            if let existing = reasons[reason] {
                reasons[reason] = (existing.count + 1, existing.first)
            } else {
                reasons[reason] = (1, row.location)
            }
        }
        let problems = Dictionary(uniqueKeysWithValues: extracted.valueProblems.map { ($0.field, $0.count) })
        return SourceQuality(
            source: extracted.config.id, rowsRead: extracted.rowsRead, rowsKept: table.rowCount,
            rowsRejected: extracted.rejected.count + quarantined,
            rejectionsByReason: reasons.map { ($0.key, $0.value.count, $0.value.first) }
                .sorted { ($1.count, $0.reason) < ($0.count, $1.reason) },
            rules: (validation?.outcomes ?? []).map { outcome in
                RuleSummary(
                    name: outcome.rule.name, severity: outcome.rule.severity, failures: outcome.failures,
                    firstLocations: outcome.sourceFinding.map { [$0.location] } ?? outcome.findings.prefix(3).map(\.location))
            },
            fields: table.columns.map { column in
                // Values unparseable at extract may sit in rows quarantined since.
                let unparseable = min(problems[column.name] ?? 0, column.nullCount)
                return FieldCompleteness(field: column.name, missing: column.nullCount - unparseable, unparseable: unparseable)
            })
    }

    /// Groups messages that differ only in the value shape they quote.
    static func generalize(_ reason: String) -> String {
        let marker = Array(", found ".utf8)
        let bytes = Array(reason.utf8)
        guard bytes.count >= marker.count,
            let start = (0...(bytes.count - marker.count)).first(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return reason }
        return String(decoding: bytes[..<start], as: UTF8.self)
    }
}
