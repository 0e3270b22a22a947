import BackboneCore
import Extract

/// A row that failed an `error` or `fatal` rule: its index in the evaluated table, where it
/// was read, and every rule it failed.
public struct QuarantinedRow: Sendable, Hashable {
    public var row: Int
    public var location: SourceLocation
    /// `rule 'unique(person_id)': duplicate of the row at line 17; rule …`
    public var reason: String
}

/// What validation decided for one source: the rows kept, the rows set aside with their
/// reasons, the warnings counted, and whether the run must stop before publishing anything.
///
/// Rows read = rows kept + rows set aside at extract + `quarantined.count`.
public struct ValidationResult: Sendable {
    public let source: String
    public let outcomes: [RuleOutcome]
    /// The evaluated table without the rows that failed an `error` or `fatal` rule; every row
    /// keeps its origin.
    public let kept: Table
    /// Indices into the evaluated table of the rows set aside, ascending.
    public let quarantinedRows: [Int]
    /// One per entry of `quarantinedRows`, in the same order.
    public let quarantined: [QuarantinedRow]
    /// Rows kept that failed at least one `warn` rule.
    public let rowsWarned: Int
    /// Why the run must stop, in rule order then the source's own threshold; empty when it may
    /// go on.
    public let stops: [Diagnostic]

    public var mustStop: Bool { !stops.isEmpty }

    /// Applies `outcomes` (from `RuleEngine.evaluate`) to an extracted source. Rows set aside at
    /// extract count as failing error rules for the source's threshold.
    public init(_ extracted: ExtractedSource, rules: SourceRules, outcomes: [RuleOutcome]) {
        self.init(
            table: extracted.table, rules: rules, outcomes: outcomes, rowsRead: extracted.rowsRead,
            rowsSetAsideAtExtract: extracted.rejected.count, sourceLocation: extracted.config.location)
    }

    /// Applies `outcomes` to the table they were evaluated on.
    ///
    /// - Parameters:
    ///   - rowsRead: rows in the export; the table's rows plus `rowsSetAsideAtExtract` when nil.
    ///   - rowsSetAsideAtExtract: rows already rejected before validation (count towards the
    ///     source's threshold).
    public init(
        table: Table, rules: SourceRules, outcomes: [RuleOutcome], rowsRead: Int? = nil, rowsSetAsideAtExtract: Int = 0,
        sourceLocation: SourceLocation? = nil
    ) {
        source = rules.source
        self.outcomes = outcomes
        let setAside = outcomes.filter { $0.rule.severity >= .error && !$0.failingRows.isEmpty }
        var keep = [Bool](repeating: true, count: table.rowCount)
        for outcome in setAside {
            for row in outcome.failingRows { keep[row] = false }
        }
        quarantinedRows = keep.indices.filter { !keep[$0] }
        quarantined = Self.quarantine(quarantinedRows, failing: setAside, in: table)
        var warned = [Bool](repeating: false, count: table.rowCount)
        for outcome in outcomes where outcome.rule.severity == .warn {
            for row in outcome.failingRows where keep[row] { warned[row] = true }
        }
        rowsWarned = warned.reduce(0) { $0 + ($1 ? 1 : 0) }
        kept = quarantinedRows.isEmpty ? table : table.filter(keeping: keep)
        stops = Self.stops(
            rules: rules, outcomes: outcomes, in: table,
            setAside: (rows: rowsSetAsideAtExtract + quarantinedRows.count, of: rowsRead ?? table.rowCount + rowsSetAsideAtExtract),
            sourceLocation: sourceLocation)
    }

    /// Each quarantined row with every error rule it failed, in rule order; built in chunks
    /// across cores, as a broken export can set aside millions of rows.
    private static func quarantine(_ rows: [Int], failing outcomes: [RuleOutcome], in table: Table) -> [QuarantinedRow] {
        let chunkSize = 16_384
        let chunks = (rows.count + chunkSize - 1) / chunkSize
        return Parallel.map(chunks) { chunk in
            let slice = rows[(chunk * chunkSize)..<min(rows.count, (chunk + 1) * chunkSize)]
            var cursors = outcomes.map { outcome in firstIndex(in: outcome.failingRows, notBelow: slice.first!) }
            return slice.map { row in
                var reasons: [String] = []
                for (i, outcome) in outcomes.enumerated() {
                    let failing = outcome.failingRows
                    guard cursors[i] < failing.count, failing[cursors[i]] == row else { continue }
                    reasons.append("rule '\(outcome.rule.name)': \(outcome.message(forRow: row))")
                    cursors[i] += 1
                }
                return QuarantinedRow(
                    row: row, location: table.origins.location(ofRow: row), reason: reasons.joined(separator: "; "))
            }
        }.flatMap { $0 }
    }

    /// The position of the first element not below `value` in an ascending array.
    private static func firstIndex(in sorted: [Int], notBelow value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
