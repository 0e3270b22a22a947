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

    public var source: String
    public var rowsRead: Int
    public var rowsKept: Int
    public var rowsRejected: Int
    /// Rejections counted by reason, most frequent first (ties by reason).
    public var rejectionsByReason: [(reason: String, count: Int, firstLocation: SourceLocation)]
    /// In the table's field order.
    public var fields: [FieldCompleteness]

    /// Accounts for an extracted source; throws if rows went missing, which would be a bug.
    public static func assess(_ extracted: ExtractedSource) throws -> SourceQuality {
        let table = extracted.table
        guard extracted.rowsRead == table.rowCount + extracted.rejected.count else {
            throw Diagnostic.error(
                "internal error: \(extracted.rowsRead) rows read but \(table.rowCount) kept and \(extracted.rejected.count) set aside",
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
            rowsRejected: extracted.rejected.count,
            rejectionsByReason: reasons.map { ($0.key, $0.value.count, $0.value.first) }
                .sorted { ($1.count, $0.reason) < ($0.count, $1.reason) },
            fields: table.columns.map { column in
                let unparseable = problems[column.name] ?? 0
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
