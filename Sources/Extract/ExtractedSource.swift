import BackboneCore

/// A row that could not be used, kept with its reason so nothing is lost.
public struct RejectedRow: Sendable {
    public var location: SourceLocation
    public var reason: String
    /// Where the row's original text is in the source's files (`ExtractedSource.files`), so
    /// the private quarantine can copy it exactly as read.
    public var span: RowOrigins.Span

    public init(location: SourceLocation, reason: String, span: RowOrigins.Span) {
        self.location = location
        self.reason = reason
        self.span = span
    }
}

/// Values that could not be parsed in kept rows (the cell was left empty), counted per field.
public struct ValueProblems: Sendable {
    public var field: String
    public var count: Int
    /// The first few, with their locations; messages show value shapes, never values.
    public var examples: [Diagnostic]
}

/// What extract made of one source: its canonical table and an account of every row read.
public struct ExtractedSource: Sendable {
    public let config: SourceConfig
    /// The files read, as absolute paths, in reading order.
    public let files: [String]
    public let bytesRead: Int
    public let table: Table
    /// Every data row seen: `table.rowCount + rejected.count`.
    public let rowsRead: Int
    public let rejected: [RejectedRow]
    /// Sorted by field name.
    public let valueProblems: [ValueProblems]

    /// Sets aside kept row `row` of `table` (a row that fails a validation rule, say), with
    /// its location and its place in the files, so the quarantine can copy it as read.
    public func rejection(ofRow row: Int, reason: String) -> RejectedRow {
        guard let span = table.origins.span(ofRow: row) else {
            preconditionFailure("extract records every row's place in its file")
        }
        return RejectedRow(location: table.origins.location(ofRow: row), reason: reason, span: span)
    }
}
