import GRDB

/// What became of one source's rows in a published run.
public struct RecordedSourceRows: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "source_rows"

    public var runID: String
    public var source: String
    public var rowsRead: Int
    public var rowsKept: Int
    public var rowsQuarantined: Int

    public init(runID: String, source: String, rowsRead: Int, rowsKept: Int, rowsQuarantined: Int) {
        self.runID = runID
        self.source = source
        self.rowsRead = rowsRead
        self.rowsKept = rowsKept
        self.rowsQuarantined = rowsQuarantined
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case runID = "run_id", source, rowsRead = "rows_read", rowsKept = "rows_kept", rowsQuarantined = "rows_quarantined"
    }
}
