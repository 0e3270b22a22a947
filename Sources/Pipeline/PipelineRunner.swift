import BackboneCore
import Dispatch
import Extract
import Foundation
import Linkage
import Measure
import ReportCard
import Validate

/// Runs a checked pipeline: extract → validate → link → measure → report, in the order its
/// stage plan gives, and publishes the report card only when every stage succeeded.
public final class PipelineRunner {
    let config: PipelineConfig
    let options: RunOptions
    let observer: RunObserver?
    /// The pipeline file's folder: source paths resolve against it.
    let baseDirectory: String
    /// Files are named relative to the working directory in messages about the run itself.
    let displayBase: String

    public init(config: PipelineConfig, options: RunOptions, observer: RunObserver? = nil) {
        self.config = config
        self.options = options
        self.observer = observer
        let cwd = FileManager.default.currentDirectoryPath
        self.baseDirectory = FilePath.directory(of: FilePath.resolve(config.file, against: cwd))
        self.displayBase = cwd
    }

    /// Runs the planned steps up to and including `last` (`.validate` for `backbone validate`);
    /// through `.report`, publishes the card with its manifest only when every stage succeeded,
    /// and records the run, published or failed, in the card's history.
    public func run(through last: StepKind = .report) throws -> RunResult {
        let started = Date()
        let id = RunIdentifier.make(started: started)
        let lock = last == .report ? try lockPublishedFolder() : nil
        defer { lock?.release() }
        var state: RunState
        do {
            state = try runSteps(through: last)
            if last == .report, let staging = state.staging {
                do {
                    let manifest = try self.manifest(state, id: id, started: started)
                    try manifest.encoded().write(to: URL(fileURLWithPath: staging + "/" + RunManifest.fileName))
                    try Publisher.commit(staging, to: options.outputDirectory)
                    state.manifest = manifest
                } catch {
                    Publisher.discard(staging)
                    throw error
                }
            }
        } catch {
            if last == .report { recordFailure(error, id: id, started: started) }
            throw error
        }
        if let manifest = state.manifest { recordPublication(manifest, state, started: started) }
        return RunResult(
            extracted: state.extracted, quality: state.quality, linkSummaries: state.linkSummaries,
            indicators: state.indicators, studentYears: state.frame?.rowCount ?? 0,
            outputDirectory: options.outputDirectory, manifest: state.manifest)
    }

    /// Only one run publishes a folder at a time; a lock a killed run left is taken over, and said so.
    private func lockPublishedFolder() throws -> RunLock {
        let lock = try RunLock.acquire(for: options.outputDirectory, wait: options.waitForLock) { holder in
            observer?.warning(.warning(
                "waiting for the run that holds the lock (\(holder?.description ?? "holder unknown"))",
                at: SourceLocation(file: FilePath.relative(options.outputDirectory, to: displayBase))))
        }
        if let stale = lock.reclaimedFrom {
            observer?.warning(.warning(
                "took over a stale lock: \(stale) ended without releasing it",
                at: SourceLocation(file: FilePath.relative(lock.path, to: displayBase))))
        }
        return lock
    }

    /// Runs the planned steps up to and including `last`; with `crosswalk`, the link stage
    /// takes it instead of linking (a benchmark or an audit reusing a run's links).
    func runSteps(through last: StepKind, crosswalk: Crosswalk? = nil) throws -> RunState {
        let steps = try StagePlan(config: config).steps.filter { $0.kind <= last }
        var state = RunState(previous: options.baseline ?? PreviousDataQuality(publishedDirectory: options.outputDirectory))
        state.inputs = try RunInputs.gather(config, baseDirectory: baseDirectory)
        var next = 0
        do {
            while next < steps.count {
                // Consecutive per-source steps of one kind run together, in parallel where they can.
                let kind = steps[next].kind
                var end = next + 1
                while end < steps.count, steps[end].kind == kind, steps[end].source != nil { end += 1 }
                let sources = steps[next..<end].compactMap(\.source)
                let start = DispatchTime.now().uptimeNanoseconds
                observer?.stageStarted(kind.rawValue)
                let outcome: StageOutcome
                if kind == .link, let crosswalk {
                    state.crosswalk = crosswalk
                    outcome = StageOutcome(
                        "links read from a crosswalk file", records: ["linked": crosswalk.links.values.reduce(0) { $0 + $1.count }])
                } else {
                    outcome = try execute(kind, sources: sources, state: &state)
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let record = RunManifest.Stage(
                    stage: kind.rawValue, seconds: seconds, records: outcome.records, skipped: outcome.skipped)
                state.record(record)
                observer?.stageFinished(record, summary: outcome.summary)
                next = end
            }
        } catch {
            state.staging.map(Publisher.discard)
            throw error
        }
        return state
    }

    private func execute(_ kind: StepKind, sources: [String], state: inout RunState) throws -> StageOutcome {
        switch kind {
        case .extract: return try extract(sources, &state)
        case .validate: return try validate(sources, &state)
        case .link: return try link(&state)
        case .measure: return try measure(&state)
        case .report: return try report(&state)
        }
    }

    /// Sources whose files and settings are unchanged since they were last extracted are read
    /// from the stage cache; the others are extracted and cached.
    private func extract(_ ids: [String], _ state: inout RunState) throws -> StageOutcome {
        let sources = ids.map { id in config.sources.first { $0.id == id }! }
        // Input locations end up in the published data-quality page: named from the pipeline file's
        // folder, as the manifest names them, so the card does not depend on the working folder.
        let (extracted, fromCache) = try extractOrReuse(sources, inputs: state.inputs!)
        state.extracted += extracted
        let batch = state.extracted.filter { ids.contains($0.config.id) }
        let rows = batch.reduce(0) { $0 + $1.rowsRead }
        let bytes = batch.reduce(0) { $0 + $1.bytesRead }
        let files = batch.reduce(0) { $0 + $1.files.count }
        return StageOutcome(
            "\(sources.count) sources, \(files) files, \(NumberFormat.count(rows)) rows, \(NumberFormat.fixed(Double(bytes) / 1e6, decimals: 1)) MB"
                + Self.cacheNote(fromCache, of: sources.count),
            records: ["sources": sources.count, "files": files, "rows_read": rows, "bytes": bytes, "sources_from_cache": fromCache],
            skipped: fromCache == sources.count)
    }

    /// Renders the card into a staging folder beside the target; `run` publishes it with the manifest.
    private func report(_ state: inout RunState) throws -> StageOutcome {
        let renderer = try reportRenderer()
        let model = try reportModel(state, methodology: methodology(state))
        let staging = try Publisher.stage(for: options.outputDirectory)
        state.staging = staging
        try renderer.write(model, to: staging)
        let files = PublishedFiles.list(staging).count
        return StageOutcome(
            "report card written to \(FilePath.relative(options.outputDirectory, to: displayBase))", records: ["files": files])
    }

    func reportRenderer() throws -> ReportCardRenderer {
        try ReportCardRenderer(templatesDirectory: FilePath.resolve(config.stages.report.templates, against: baseDirectory))
    }

    /// Everything the card shows, from a run's state and its methodology facts.
    func reportModel(_ state: RunState, methodology: Methodology) throws -> ReportCardModel {
        let settings = config.stages.report
        return ReportCardModel(
            title: settings.title ?? config.partnership.name + " Report Card",
            partnership: config.partnership.name, vision: config.partnership.vision,
            backboneVersion: BackboneVersion.current, minimumCellSize: config.stages.measure.minimumCellSize,
            indicators: state.indicators,
            quality: dataQuality(state),
            links: state.linkSummaries.map { summary in
                .init(partner: partnerName(config.sources.first { $0.id == summary.source }!.partner), summary: summary)
            },
            linkThresholds: .init(
                link: config.stages.link.probabilistic.linkThreshold, review: config.stages.link.probabilistic.reviewThreshold),
            students: state.tables[config.stages.link.reference]?.column("person_id")?.distinctCount ?? 0,
            studentYears: state.frame?.rowCount ?? 0,
            schoolNames: schoolNames(state),
            methodology: methodology,
            organizations: config.partners.filter { $0.kind == .cbo }.map { ($0.id, $0.name) })
    }

    private func dataQuality(_ state: RunState) -> [DataQualitySource] {
        state.quality.map { quality in
            let source = config.sources.first { $0.id == quality.source }!
            let extracted = state.extracted.first { $0.config.id == quality.source }!
            return DataQualitySource(
                id: quality.source, partner: partnerName(source.partner), table: source.table.rawValue,
                rowsRead: quality.rowsRead, rowsKept: quality.rowsKept, rowsQuarantined: quality.rowsRejected,
                previousRowsRead: state.previous.rowsRead[quality.source],
                rules: quality.rejectionsByReason.map { reason in
                    .init(name: reason.reason, severity: "error", failures: reason.count,
                          firstLocations: [reason.firstLocation.description])
                } + extracted.valueProblems.map { problem in
                    .init(name: "type(\(problem.field))", severity: "warn", failures: problem.count,
                          firstLocations: problem.examples.compactMap { $0.location?.description })
                } + quality.rules.map { rule in
                    .init(name: rule.name, severity: rule.severity.rawValue, failures: rule.failures,
                          firstLocations: rule.firstLocations.map(\.description))
                },
                fields: quality.fields.map { field in
                    .init(field: field.field, missing: field.missing + field.unparseable,
                          previousMissingShare: state.previous.missingShare[quality.source]?[field.field])
                })
        }
    }

    func partnerName(_ id: String) -> String {
        config.partners.first { $0.id == id }?.name ?? id
    }

    /// School names by code, as the card labels schools.
    func schoolNames(_ state: RunState) -> [String: String] {
        SchoolSources.names(config.sources.filter { $0.table == .school }.compactMap { state.tables[$0.id] })
    }
}

/// Intermediate values handed from stage to stage within one run.
struct RunState {
    /// The last published card's data-quality figures.
    let previous: PreviousDataQuality
    var extracted: [ExtractedSource] = []
    var quality: [SourceQuality] = []
    /// Each source's rows after validation: what link and measure read.
    var tables: [String: Table] = [:]
    /// Rows quarantined by rules, per source (besides those set aside at extract).
    var quarantinedByRules: [String: [RejectedRow]] = [:]
    var crosswalk = Crosswalk()
    var linkSummaries: [LinkSummary] = []
    var frame: StudentYearFrame?
    var indicators: [IndicatorSeries] = []
    /// Every file the run reads, hashed before extract.
    var inputs: RunInputs?
    var stages: [RunManifest.Stage] = []
    /// The folder the report stage rendered into, published when the run succeeds.
    var staging: String?
    var manifest: RunManifest?

    /// Per-source steps of one kind may run in several batches: the manifest has one record per stage.
    mutating func record(_ batch: RunManifest.Stage) {
        guard let index = stages.firstIndex(where: { $0.stage == batch.stage }) else {
            stages.append(batch)
            return
        }
        stages[index].seconds += batch.seconds
        stages[index].records.merge(batch.records, uniquingKeysWith: +)
        stages[index].skipped = stages[index].skipped && batch.skipped
    }
}

/// What a stage reports: a line for people and counts for the manifest and JSON logs.
struct StageOutcome {
    var summary: String
    var records: [String: Int]
    var skipped = false

    init(_ summary: String, records: [String: Int], skipped: Bool = false) {
        self.summary = summary
        self.records = records
        self.skipped = skipped
    }
}
