import BackboneCore

/// A row that could not be used, kept with its reason so nothing is lost.
public struct RejectedRow: Sendable {
    public var location: SourceLocation
    public var reason: String
    /// The row as read (CSV: its original bytes; XML: the mapped values), for the private quarantine.
    public var raw: [UInt8]

    public init(location: SourceLocation, reason: String, raw: [UInt8]) {
        self.location = location
        self.reason = reason
        self.raw = raw
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
}
