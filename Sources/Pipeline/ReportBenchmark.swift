import BackboneCore
import Dispatch
import Foundation
import Linkage

/// Times the report stage on a pipeline's measured indicators: hashing the source files for
/// the methodology page, and rendering every page and CSV of the card, separately.
public enum ReportBenchmark {
    public struct Timing: Sendable {
        /// Files written (pages, CSVs and the stylesheet).
        public var files: Int
        public var bytes: Int
        public var renderSeconds: Double
    }

    /// Runs the pipeline through measure once (with `crosswalkFile`, a crosswalk a previous
    /// run wrote, instead of linking), hashes the sources once, then renders `repeats` times
    /// into a scratch folder under `options.outputDirectory`'s parent, removed afterwards.
    public static func run(
        config: PipelineConfig, options: RunOptions, observer: RunObserver?, crosswalkFile: (path: String, display: String)?,
        repeats: Int, hashed: (_ files: Int, _ bytes: Int, _ seconds: Double) -> Void, each: (Timing) -> Void
    ) throws {
        let runner = PipelineRunner(config: config, options: options, observer: observer)
        let links = try crosswalkFile.map { try CrosswalkFile.read($0.path, display: $0.display) }
        let state = try runner.runSteps(through: .measure, crosswalk: links)
        var start = DispatchTime.now().uptimeNanoseconds
        let files = try RunInputs.gather(config, baseDirectory: runner.baseDirectory).sources.flatMap(\.files)
        hashed(files.count, files.reduce(0) { $0 + $1.digest.bytes }, seconds(since: start))
        let methodology = runner.methodology(state)
        let model = try runner.reportModel(state, methodology: methodology)
        let renderer = try runner.reportRenderer()
        let scratch = FilePath.directory(of: options.outputDirectory) + "/.report-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for _ in 0..<max(repeats, 1) {
            try? FileManager.default.removeItem(atPath: scratch)
            start = DispatchTime.now().uptimeNanoseconds
            try renderer.write(model, to: scratch)
            let elapsed = seconds(since: start)
            let written = (FileManager.default.enumerator(atPath: scratch)?.allObjects as? [String] ?? []).compactMap { file in
                (try? FileManager.default.attributesOfItem(atPath: scratch + "/" + file))
                    .flatMap { $0[.type] as? FileAttributeType == .typeRegular ? $0[.size] as? Int : nil }
            }
            each(Timing(files: written.count, bytes: written.reduce(0, +), renderSeconds: elapsed))
        }
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
