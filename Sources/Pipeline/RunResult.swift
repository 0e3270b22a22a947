import Extract
import Linkage
import Measure
import Validate

/// What a run produced, stage by stage, for the caller and for tests.
public struct RunResult: Sendable {
    public var extracted: [ExtractedSource]
    public var quality: [SourceQuality]
    public var linkSummaries: [LinkSummary]
    public var indicators: [IndicatorSeries]
    public var studentYears: Int
    public var outputDirectory: String
    /// The published card's manifest; nil when the run stopped before the report.
    public var manifest: RunManifest?
}
