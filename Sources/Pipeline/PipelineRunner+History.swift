import BackboneCore
import Foundation
import Measure
import RunHistory

extension PipelineRunner {
    /// Adds a published run to the card's history: its manifest facts and every value
    /// indicators.csv published. The card is already published: a history that cannot be
    /// written is a warning, not a failed run.
    func recordPublication(_ manifest: RunManifest, _ state: RunState, started: Date) {
        let id = manifest.run.id
        var inputs = [RecordedInput(manifest.pipeline, kind: .pipeline, source: nil, run: id)]
        inputs += manifest.sources.flatMap { source in
            source.files.map { RecordedInput($0, kind: .source, source: source.source, run: id) }
        }
        inputs += manifest.templates.map { RecordedInput($0, kind: .template, source: nil, run: id) }
        inputs += manifest.decisions.map { [RecordedInput($0, kind: .decisions, source: nil, run: id)] } ?? []
        let record = RunRecord(
            run: RecordedRun(
                id: id, started: manifest.run.started, finished: manifest.run.finished,
                seconds: Date().timeIntervalSince(started), status: RunStatus.succeeded.rawValue,
                exitCode: Int(RunStatus.succeeded.exitCode), backboneVersion: manifest.backboneVersion,
                pipelineSHA256: manifest.pipeline.sha256, mode: manifest.run.mode, threads: manifest.run.threads, failure: nil),
            inputs: inputs,
            sourceRows: manifest.sources.map {
                RecordedSourceRows(
                    runID: id, source: $0.source, rowsRead: $0.rowsRead, rowsKept: $0.rowsKept, rowsQuarantined: $0.rowsQuarantined)
            },
            stages: manifest.stages.map {
                RecordedStage(runID: id, stage: $0.stage, seconds: $0.seconds, skipped: $0.skipped, records: $0.records)
            },
            outputs: manifest.outputs.map { RecordedOutput(runID: id, path: $0.path, bytes: $0.bytes, sha256: $0.sha256) },
            values: Self.publishedValues(state.indicators, schoolNames: schoolNames(state), run: id))
        writeHistory(record)
    }

    /// Adds a run that published nothing, with how it ended, so a scheduler sees failures in the history.
    func recordFailure(_ error: Error, id: String, started: Date) {
        let status = RunStatus(error)
        let finished = Date()
        writeHistory(RunRecord(run: RecordedRun(
            id: id, started: RunIdentifier.timestamp(started), finished: RunIdentifier.timestamp(finished),
            seconds: finished.timeIntervalSince(started), status: status.rawValue, exitCode: Int(status.exitCode),
            backboneVersion: BackboneVersion.current, pipelineSHA256: nil, mode: nil, threads: Parallel.workers,
            failure: Self.failureMessage(error))))
    }

    /// The rows of indicators.csv as it publishes them: a hidden cell without its numerator,
    /// and without its denominator unless the card shows it beside a bound.
    static func publishedValues(_ indicators: [IndicatorSeries], schoolNames: [String: String], run: String) -> [PublishedValue] {
        indicators.flatMap { series in
            series.results.map { result in
                PublishedValue(
                    runID: run, indicator: series.definition.id, schoolYear: result.schoolYear, dimension: result.dimension,
                    group: result.group,
                    groupLabel: result.dimension == "school" ? schoolNames[result.group] ?? result.groupLabel : result.groupLabel,
                    numerator: result.suppression == nil ? result.numerator : nil,
                    denominator: result.showsDenominator ? result.denominator : nil,
                    value: result.value.map { Double(NumberFormat.fixed($0, decimals: 4))! },
                    suppression: result.suppression?.rawValue, bound: result.bound?.description)
            }
        }
    }

    /// The first error's message, and how many more there were.
    static func failureMessage(_ error: Error) -> String {
        let diagnostics = RunStatus.diagnostics(of: error)
        guard let first = diagnostics.first else { return String(describing: error) }
        return first.description + (diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : "")
    }

    private func writeHistory(_ record: RunRecord) {
        guard options.recordsHistory else { return }
        let path = RunHistoryStore.path(forPublished: options.outputDirectory)
        let display = FilePath.relative(path, to: displayBase)
        do {
            try RunHistoryStore(path: path, displayPath: display).record(record)
        } catch let diagnostic as Diagnostic {
            observer?.warning(Diagnostic(.warning, "run \(record.run.id) is not in the history: " + diagnostic.message, at: diagnostic.location))
        } catch {
            observer?.warning(.warning("run \(record.run.id) is not in the history: \(error)", at: SourceLocation(file: display)))
        }
    }
}

extension RecordedInput {
    init(_ input: RunManifest.Input, kind: Kind, source: String?, run: String) {
        self.init(runID: run, kind: kind, source: source, path: input.path, bytes: input.bytes, sha256: input.sha256)
    }
}
