/// One tool's run on one data set of the side-by-side linkage benchmark (`backbone bench link`).
public struct LinkBenchmarkRun: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        case scored(LinkageAccuracy)
        /// The tool failed or its output could not be scored; `reason` says why and where to look.
        case failed(reason: String)
        /// Killed at the time limit.
        case stopped
    }

    /// The tool and its version, as the table names it: `Backbone 0.1.0`, `Splink 5.0.0`.
    public var tool: String
    public var result: Result
    /// The whole process, from start to end (to the kill for a stopped run).
    public var seconds: Double
    public var peakBytes: Int
    /// What `peakBytes` cannot go below: the benchmark's own size when it started the tool
    /// (see `MeasuredProcess.floorBytes`).
    public var floorBytes: Int

    public init(tool: String, result: Result, seconds: Double, peakBytes: Int, floorBytes: Int) {
        self.tool = tool
        self.result = result
        self.seconds = seconds
        self.peakBytes = peakBytes
        self.floorBytes = floorBytes
    }
}

/// One data set, linked by Backbone and (unless skipped) by Splink.
public struct LinkBenchmarkDataSet: Sendable, Equatable {
    /// `FEBRL4`, `rosters 10x`.
    public var name: String
    public var students: Int
    public var participants: Int
    public var backbone: LinkBenchmarkRun
    public var splink: LinkBenchmarkRun?

    public init(name: String, students: Int, participants: Int, backbone: LinkBenchmarkRun, splink: LinkBenchmarkRun?) {
        self.name = name
        self.students = students
        self.participants = participants
        self.backbone = backbone
        self.splink = splink
    }
}
