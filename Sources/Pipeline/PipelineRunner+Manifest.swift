import BackboneCore
import Foundation

extension PipelineRunner {
    /// The manifest of a run whose card is complete in its staging folder; `id` is also the run's id in the history.
    func manifest(_ state: RunState, id: String, started: Date) throws -> RunManifest {
        guard let inputs = state.inputs, let staging = state.staging else {
            preconditionFailure("a manifest is made only after the report stage")
        }
        func input(_ file: RunInputs.File, path: String? = nil) -> RunManifest.Input {
            RunManifest.Input(path: path ?? file.relativePath, bytes: file.digest.bytes, sha256: file.digest.sha256)
        }
        let sources = state.quality.map { quality in
            RunManifest.Source(
                source: quality.source, files: inputs.files(ofSource: quality.source).map { input($0) },
                rowsRead: quality.rowsRead, rowsKept: quality.rowsKept, rowsQuarantined: quality.rowsRejected)
        }
        try RowAccounting.check(sources, declared: config.sources)
        let finished = Date()
        return RunManifest(
            backboneVersion: BackboneVersion.current,
            run: .init(
                id: id, started: RunIdentifier.timestamp(started),
                finished: RunIdentifier.timestamp(finished), threads: Parallel.workers,
                mode: state.stages.contains(where: \.skipped) ? "incremental" : "full"),
            pipeline: input(inputs.pipeline, path: FilePath.walk(to: inputs.pipeline.path, from: options.outputDirectory)),
            sources: sources, templates: inputs.templates.map { input($0) }, decisions: inputs.decisions.map { input($0) },
            baseline: state.previous, stages: state.stages, outputs: try RunManifest.outputs(of: staging))
    }
}

/// Run ids sort by start time and differ between runs started in the same second.
public enum RunIdentifier {
    static func make(started: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        let suffix = String(UInt16.random(in: 0...UInt16.max, using: &generator), radix: 16)
        return compact(started) + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }

    /// ISO 8601 in UTC, to the second.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// `20261126T042523Z`: a timestamp usable in file names.
    private static func compact(_ date: Date) -> String {
        timestamp(date).filter { $0 != "-" && $0 != ":" }
    }
}
