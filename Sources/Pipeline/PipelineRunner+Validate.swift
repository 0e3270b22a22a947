import BackboneCore
import Extract
import Validate

extension PipelineRunner {
    /// Checks each source's declared rules, quarantines the rows that fail error rules (with
    /// those set aside at extract), and stops the run, before anything is published, when a
    /// fatal rule fails or a threshold is passed.
    func validate(_ ids: [String], _ state: inout RunState) throws -> StageOutcome {
        let batch = state.extracted.filter { ids.contains($0.config.id) }
        // References are checked against the rows each source kept at extract.
        let references = Dictionary(uniqueKeysWithValues: state.extracted.map { ($0.config.id, $0.table) })
        let declared = config.stages.validate.sources
        let previous = state.previous
        let results = Parallel.map(batch.count) { i in
            Result { () throws -> ValidationResult in
                let extracted = batch[i]
                let rules = declared.first { $0.source == extracted.config.id } ?? SourceRules(source: extracted.config.id, rules: [])
                let outcomes = try RuleEngine.evaluate(
                    rules, on: extracted, references: references, previousRowCount: previous.rowsRead[extracted.config.id])
                return ValidationResult(extracted, rules: rules, outcomes: outcomes)
            }
        }
        var stops: [Diagnostic] = []
        for (extracted, result) in zip(batch, results) {
            let validation = try result.get()
            let id = extracted.config.id
            state.tables[id] = validation.kept
            state.quarantinedByRules[id] = validation.quarantined.map { extracted.rejection(ofRow: $0.row, reason: $0.reason) }
            let quality = try SourceQuality.assess(extracted, validation: validation)
            state.quality.append(quality)
            stops += validation.stops
            report(extracted, quality)
        }
        let withRejections = state.extracted.filter {
            !$0.rejected.isEmpty || !(state.quarantinedByRules[$0.config.id] ?? []).isEmpty
        }
        try Quarantine.write(withRejections, privateDirectory: options.privateDirectory, rejectedLater: state.quarantinedByRules)
        guard stops.isEmpty else { throw DataQualityStop(diagnostics: stops) }
        let quality = state.quality.filter { ids.contains($0.source) }
        let kept = quality.reduce(0) { $0 + $1.rowsKept }
        let rejected = quality.reduce(0) { $0 + $1.rowsRejected }
        return StageOutcome(
            "\(NumberFormat.count(kept)) rows kept, \(NumberFormat.count(rejected)) set aside"
                + (rejected > 0 ? " (kept in \(FilePath.relative(options.privateDirectory, to: displayBase))/quarantine)" : ""),
            records: ["rows_kept": kept, "rows_set_aside": rejected])
    }

    /// One warning per problem kind, with its count and first place: enough to act on, never a value.
    private func report(_ extracted: ExtractedSource, _ quality: SourceQuality) {
        let id = extracted.config.id
        for reason in quality.rejectionsByReason {
            observer?.warning(.warning(
                "\(reason.reason) (\(NumberFormat.count(reason.count)) row\(reason.count == 1 ? "" : "s") set aside in source '\(id)')",
                at: reason.firstLocation))
        }
        for problem in extracted.valueProblems {
            guard let first = problem.examples.first else { continue }
            observer?.warning(.warning(
                "\(first.message) (\(NumberFormat.count(problem.count)) value\(problem.count == 1 ? "" : "s") like this in source '\(id)')",
                at: first.location))
        }
        for rule in quality.rules where rule.failures > 0 {
            observer?.warning(.warning(
                "rule '\(rule.name)' (\(rule.severity.rawValue)) failed for \(NumberFormat.count(rule.failures)) row\(rule.failures == 1 ? "" : "s") of source '\(id)'",
                at: rule.firstLocations.first))
        }
    }
}

/// The data failed checks that must stop a nightly run before anything is published.
public struct DataQualityStop: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
