import BackboneCore
import Dispatch
import Foundation
import Measure

/// Times the measure stage on a pipeline's linked tables: the student-year frame, and every
/// indicator for every group and year (counting, suppression and comparisons), separately.
public enum MeasureBenchmark {
    public struct Timing: Sendable {
        public var studentYears: Int
        public var frameSeconds: Double
        /// Processor time of all threads, which a busy shared machine inflates less than wall time.
        public var frameCPUSeconds: Double
        public var indicators: Int
        /// Result rows: indicators × groups × years.
        public var cells: Int
        public var indicatorSeconds: Double
        public var indicatorCPUSeconds: Double
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
            var start = (DispatchTime.now().uptimeNanoseconds, cpuSeconds())
            let frame = StudentYearFrame(inputs)
            let frameTime = (seconds(since: start.0), cpuSeconds() - start.1)
            start = (DispatchTime.now().uptimeNanoseconds, cpuSeconds())
            let series = try Measurement.indicators(
                definitions, expressions: expressions, frame: frame, settings: runner.measureSettings)
            each(Timing(
                studentYears: frame.rowCount, frameSeconds: frameTime.0, frameCPUSeconds: frameTime.1,
                indicators: series.count, cells: series.reduce(0) { $0 + $1.results.count },
                indicatorSeconds: seconds(since: start.0), indicatorCPUSeconds: cpuSeconds() - start.1))
        }
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
