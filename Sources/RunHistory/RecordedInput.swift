import GRDB

/// A file a published run read, with its size and SHA-256: what `diff` compares to explain a change.
public struct RecordedInput: Codable, Sendable, Equatable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run_inputs"

    public enum Kind: String, Codable, Sendable, Comparable {
        case pipeline, source, template, decisions

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }
        private var order: Int {
            switch self {
            case .pipeline: return 0
            case .source: return 1
            case .template: return 2
            case .decisions: return 3
            }
        }
    }

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
