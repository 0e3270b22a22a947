import BackboneCore

/// One failed check on one row, safe to print: identifying values appear only as shapes.
public struct RuleFinding: Sendable, Hashable {
    public var source: String
    public var rule: String
    public var severity: RuleSeverity
    public var field: String?
    /// File and line (CSV) or record number (XML) of the row.
    public var location: SourceLocation
    public var message: String

    public init(source: String, rule: String, severity: RuleSeverity, field: String?, location: SourceLocation, message: String) {
        self.source = source
        self.rule = rule
        self.severity = severity
        self.field = field
        self.location = location
        self.message = message
    }
}

/// How one rule fared on one source.
public struct RuleOutcome: Sendable {
    public static let findingsKept = 20

    public var rule: ValidationRule
    /// Row indices (into the extracted table) that failed, ascending.
    public var failingRows: [Int]
    /// The first `findingsKept` findings, in row order.
    public var findings: [RuleFinding]
    /// For source-level rules (row counts): the failure, if any.
    public var sourceFinding: RuleFinding?
    /// Words the finding about any failing row, beyond the first `findingsKept`.
    private var rowMessage: (@Sendable (Int) -> String)?

    public init(
        rule: ValidationRule, failingRows: [Int], findings: [RuleFinding], sourceFinding: RuleFinding? = nil,
        rowMessage: (@Sendable (Int) -> String)? = nil
    ) {
        self.rule = rule
        self.failingRows = failingRows
        self.findings = findings
        self.sourceFinding = sourceFinding
        self.rowMessage = rowMessage
    }

    /// The message about failing row `row` (an index into the evaluated table), as in its
    /// finding: what a quarantined row's reason quotes.
    public func message(forRow row: Int) -> String {
        if let rowMessage { return rowMessage(row) }
        let kept = failingRows.prefix(findings.count)
        if let i = kept.firstIndex(of: row) { return findings[i - kept.startIndex].message }
        return "failed"
    }

    public var failures: Int { sourceFinding == nil ? failingRows.count : max(1, failingRows.count) }
}
