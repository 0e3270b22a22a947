import GRDB

/// One run as the history keeps it: when it ran, how it ended, and for a published card what
/// produced it. A failed run has only its times, status and a short failure message.
public struct RecordedRun: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "runs"

    /// The manifest's run id, `20261126T042523Z-a3f0`: sorts by start time.
    public var id: String
    /// ISO 8601, UTC.
    public var started: String
    public var finished: String
    /// Wall time from start to finish.
    public var seconds: Double
    /// `RunStatus`'s raw value: `succeeded`, `input_problem`, `data_quality_failed`, …
    public var status: String
    public var exitCode: Int
    public var backboneVersion: String
    /// The pipeline file's SHA-256; nil when the run stopped before its inputs were hashed.
    public var pipelineSHA256: String?
    /// `full` or `incremental`; nil for a run that published nothing.
    public var mode: String?
    public var threads: Int
    /// The first error's message (file, line and what was wrong; never a record's values).
    public var failure: String?

    public init(
        id: String, started: String, finished: String, seconds: Double, status: String, exitCode: Int, backboneVersion: String,
        pipelineSHA256: String?, mode: String?, threads: Int, failure: String?
    ) {
        self.id = id
        self.started = started
        self.finished = finished
        self.seconds = seconds
        self.status = status
        self.exitCode = exitCode
        self.backboneVersion = backboneVersion
        self.pipelineSHA256 = pipelineSHA256
        self.mode = mode
        self.threads = threads
        self.failure = failure
    }

    /// Whether the run published a card (and so has inputs and values to compare).
    public var published: Bool { status == "succeeded" }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, started, finished, seconds, status, exitCode = "exit_code", backboneVersion = "backbone_version"
        case pipelineSHA256 = "pipeline_sha256", mode, threads, failure
    }
}
