import GRDB

/// A file a published run read, with its size and SHA-256: what `diff` compares to explain a change.
public struct RecordedInput: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run_inputs"

    public enum Kind: String, Codable, Sendable { case pipeline, source, template, decisions }

    public var runID: String
    public var kind: Kind
    /// The source id, for a source's file.
    public var source: String?
    /// As the manifest names it (a source's file: relative to the pipeline file's folder).
    public var path: String
    public var bytes: Int
    public var sha256: String

    public init(runID: String, kind: Kind, source: String?, path: String, bytes: Int, sha256: String) {
        self.runID = runID
        self.kind = kind
        self.source = source
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case runID = "run_id", kind, source, path, bytes, sha256
    }
}
