/// What differs between two published runs: the values the card published, and the inputs,
/// settings and version that explain the difference (`backbone diff`).
public struct RunComparison: Sendable {
    /// A source whose files or row counts differ, with its counts in each run.
    public struct SourceRows: Sendable, Equatable {
        public var source: String
        public var old: RecordedSourceRows?
        public var new: RecordedSourceRows?
    }

    public var old: RecordedRun
    public var new: RecordedRun
    public var values: [ValueChange]
    /// Every input file that differs, the pipeline file and templates included.
    public var inputs: [InputChange]
    public var sources: [SourceRows]

    public init(old: RecordedRun, new: RecordedRun, in store: RunHistoryStore) throws {
        self.old = old
        self.new = new
        values = ValueChange.between(try store.values(of: old.id), try store.values(of: new.id))
        inputs = InputChange.between(try store.inputs(of: old.id), try store.inputs(of: new.id))
        let rowsBefore = try store.sourceRows(of: old.id)
        let rowsAfter = try store.sourceRows(of: new.id)
        let touched = Set(inputs.compactMap(\.input.source))
        var order = rowsAfter.map(\.source)
        order += rowsBefore.map(\.source).filter { !order.contains($0) }
        sources = order.compactMap { source in
            let before = rowsBefore.first { $0.source == source }
            let after = rowsAfter.first { $0.source == source }
            let counts = { (rows: RecordedSourceRows?) in rows.map { [$0.rowsRead, $0.rowsKept, $0.rowsQuarantined] } }
            guard touched.contains(source) || counts(before) != counts(after) else { return nil }
            return SourceRows(source: source, old: before, new: after)
        }
    }

    public var pipelineChanged: Bool { inputs.contains { $0.input.kind == .pipeline } }
    public var templateChanges: [InputChange] { inputs.filter { $0.input.kind == .template } }
    public var sourceFileChanges: [InputChange] { inputs.filter { $0.input.kind == .source } }
    public var decisionsChanged: Bool { inputs.contains { $0.input.kind == .decisions } }
    public var versionChanged: Bool { old.backboneVersion != new.backboneVersion }
}
