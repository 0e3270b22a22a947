import BackboneCore
import Dispatch
import Measure

/// Times the measure stage on a pipeline's linked tables: the student-year frame, and every
/// indicator for every group and year (counting, suppression and comparisons), separately.
public enum MeasureBenchmark {
    public struct Timing: Sendable {
        public var studentYears: Int
        public var frameSeconds: Double
        public var indicators: Int
        /// Result rows: indicators × groups × years.
        public var cells: Int
        public var indicatorSeconds: Double
    }

    /// Runs extract, validate and link once (or takes `crosswalkFile`, a crosswalk a previous
    /// run wrote, instead of linking), then measures `repeats` times.
    public static func run(
        config: PipelineConfig, options: RunOptions, observer: RunObserver?, crosswalkFile: (path: String, display: String)?,
        repeats: Int, each: (Timing) -> Void
    ) throws {
        let runner = PipelineRunner(config: config, options: options, observer: observer)
        let links = try crosswalkFile.map { try CrosswalkFile.read($0.path, display: $0.display) }
        let inputs = try runner.measureInputs(crosswalk: links)
        let definitions = config.stages.measure.indicators
        let expressions = try IndicatorExpressions.compile(definitions, programPartners: inputs.programPartners)
        for _ in 0..<max(repeats, 1) {
            var start = DispatchTime.now().uptimeNanoseconds
            let frame = StudentYearFrame(inputs)
            let frameSeconds = seconds(since: start)
            start = DispatchTime.now().uptimeNanoseconds
            let series = try Measurement.indicators(
                definitions, expressions: expressions, frame: frame, settings: runner.measureSettings)
            each(Timing(
                studentYears: frame.rowCount, frameSeconds: frameSeconds, indicators: series.count,
                cells: series.reduce(0) { $0 + $1.results.count }, indicatorSeconds: seconds(since: start)))
        }
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
