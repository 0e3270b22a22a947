import BackboneCore

extension RunComparison {
    /// The report `backbone diff` prints: each published number that differs, then the inputs,
    /// settings and version that differ between the two runs.
    public var text: String {
        var lines = ["Run \(old.id) (started \(old.started)) → run \(new.id) (started \(new.started))", ""]
        lines += valueLines + [""] + inputLines
        return lines.joined(separator: "\n") + "\n"
    }

    private var valueLines: [String] {
        guard !values.isEmpty else { return ["No published value differs."] }
        let count = { (kind: ValueChange.Kind) in values.filter { $0.kind == kind }.count }
        var lines = [
            "Published values that differ: \(values.count) (\(count(.changed)) changed, \(count(.hidden)) hidden now, "
                + "\(count(.shown)) shown now, \(count(.added)) added, \(count(.removed)) removed)"
        ]
        for change in values {
            let cell = change.new ?? change.old!
            let group = cell.dimension == "all" ? "all students" : "\(cell.dimension)=\(cell.group) (\(cell.groupLabel))"
            let before = change.old.map(Self.published) ?? "not published"
            let after = change.new.map(Self.published) ?? "not published"
            lines.append("  \(cell.indicator)  \(SchoolYear.label(cell.schoolYear))  \(group): \(before) → \(after)")
        }
        return lines
    }

    private var inputLines: [String] {
        var lines: [String] = []
        for source in sources {
            let files = sourceFileChanges.filter { $0.input.source == source.source }
            lines.append("  source \(source.source): " + (files.isEmpty ? "same files" : files.map(Self.describe).joined(separator: "; ")))
            lines.append("    " + Self.rows(source.old, source.new))
        }
        if pipelineChanged { lines.append("  the pipeline file changed") }
        if !templateChanges.isEmpty {
            lines.append("  report templates: " + templateChanges.map(Self.describe).joined(separator: "; "))
        }
        if decisionsChanged { lines.append("  the reviewers' decisions file changed") }
        if versionChanged { lines.append("  Backbone \(old.backboneVersion) → \(new.backboneVersion)") }
        guard !lines.isEmpty else { return ["No input file, pipeline file, template or Backbone version differs."] }
        return ["What differs in what the runs read:"] + lines
    }

    /// A cell as the card published it: value and counts, or why it was hidden.
    static func published(_ value: PublishedValue) -> String {
        if let reason = value.suppression {
            let bound = value.bound.map { ", \($0) of \(value.denominator.map(String.init) ?? "?")" } ?? ""
            return "hidden (\(reason)\(bound))"
        }
        let counts = value.numerator.flatMap { n in value.denominator.map { "\(n)/\($0)" } } ?? ""
        guard let number = value.value else { return "no value (\(counts))" }
        return NumberFormat.fixed(number, decimals: 4) + (counts.isEmpty ? "" : " (\(counts))")
    }

    private static func describe(_ change: InputChange) -> String {
        let input = change.input
        switch change.kind {
        case .added: return "\(input.path) added"
        case .removed: return "\(input.path) no longer read"
        case .changed:
            let old = change.old!
            let bytes = old.bytes == input.bytes
                ? NumberFormat.count(input.bytes) : "\(NumberFormat.count(old.bytes)) → \(NumberFormat.count(input.bytes))"
            return "\(input.path) changed (sha256 \(old.sha256.prefix(12))… → \(input.sha256.prefix(12))…, \(bytes) bytes)"
        }
    }

    private static func rows(_ old: RecordedSourceRows?, _ new: RecordedSourceRows?) -> String {
        func pair(_ name: String, _ field: (RecordedSourceRows) -> Int) -> String {
            let before = old.map { NumberFormat.count(field($0)) } ?? "—"
            let after = new.map { NumberFormat.count(field($0)) } ?? "—"
            return before == after ? "\(name) \(after)" : "\(name) \(before) → \(after)"
        }
        return [pair("rows read", \.rowsRead), pair("kept", \.rowsKept), pair("quarantined", \.rowsQuarantined)]
            .joined(separator: ", ")
    }
}
