import GRDB

/// A file of a published card, with its SHA-256.
public struct RecordedOutput: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "outputs"

    public var runID: String
    /// Relative to the published folder.
    public var path: String
    public var bytes: Int
    public var sha256: String

    public init(runID: String, path: String, bytes: Int, sha256: String) {
        self.runID = runID
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case runID = "run_id", path, bytes, sha256
    }
}
