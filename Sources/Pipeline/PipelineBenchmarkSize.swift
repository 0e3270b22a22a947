/// One community size of `backbone bench pipeline`: Backbone's whole run and, when the peers
/// ran, DuckDB's.
public struct PipelineBenchmarkSize: Sendable {
    /// Multiple of the demo community.
    public var size: Int
    /// Students ever enrolled.
    public var students: Int
    /// The `backbone run` child: start to end, and its largest resident set.
    public var seconds: Double
    public var peakBytes: Int
    /// The benchmark's own resident set when the child started, which Linux counts in the child's peak.
    public var floorBytes: Int
    public var stages: [StageFigures]
    public var duckdb: DuckDBComparison?

    public init(
        size: Int, students: Int, seconds: Double, peakBytes: Int, floorBytes: Int, stages: [StageFigures],
        duckdb: DuckDBComparison? = nil
    ) {
        self.size = size
        self.students = students
        self.seconds = seconds
        self.peakBytes = peakBytes
        self.floorBytes = floorBytes
        self.stages = stages
        self.duckdb = duckdb
    }

    /// Extract plus measure: the part of Backbone's run DuckDB's script does too.
    public var extractAndMeasureSeconds: Double {
        stages.filter { $0.stage == "extract" || $0.stage == "measure" }.reduce(0) { $0 + $1.seconds }
    }
}

/// DuckDB's script over the same community, and how its all-students values compare with
/// Backbone's published ones.
public struct DuckDBComparison: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// `values` (indicator × year) compared; each disagreement described.
        case compared(values: Int, disagreements: [String])
        case failed(reason: String)
    }

    /// `DuckDB 2.0.1`.
    public var tool: String
    /// The DuckDB child (Python start, every file read, the SQL), and its largest resident set.
    public var seconds: Double
    public var peakBytes: Int
    /// Turning the state assessment's XML into a CSV for DuckDB, when it ran this time (nil
    /// when a previous run's CSV was reused).
    public var xmlToCSVSeconds: Double?
    public var outcome: Outcome

    public init(tool: String, seconds: Double, peakBytes: Int, xmlToCSVSeconds: Double?, outcome: Outcome) {
        self.tool = tool
        self.seconds = seconds
        self.peakBytes = peakBytes
        self.xmlToCSVSeconds = xmlToCSVSeconds
        self.outcome = outcome
    }
}
