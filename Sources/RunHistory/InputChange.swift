/// An input file that differs between two runs: changed content, or read by only one of them.
public struct InputChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case changed, added, removed }

    /// Matches a file across runs; the pipeline file is one file wherever the card was published.
    struct Identity: Hashable {
        var kind: RecordedInput.Kind
        var source: String?
        var path: String

        init(_ input: RecordedInput) {
            kind = input.kind
            source = input.source
            path = input.kind == .pipeline ? "" : input.path
        }
    }

    public var old: RecordedInput?
    public var new: RecordedInput?

    public var kind: Kind { old == nil ? .added : new == nil ? .removed : .changed }
    /// The newer run's record of the file, or the older's for a removed one.
    public var input: RecordedInput { (new ?? old)! }

    /// Every file whose SHA-256 differs or that only one run read, newer run's order first.
    static func between(_ old: [RecordedInput], _ new: [RecordedInput]) -> [InputChange] {
        let before = Dictionary(old.map { (Identity($0), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(Identity.init))
        var changes: [InputChange] = []
        for input in new {
            let previous = before[Identity(input)]
            if previous?.sha256 == input.sha256 { continue }
            changes.append(InputChange(old: previous, new: input))
        }
        for input in old where !after.contains(Identity(input)) {
            changes.append(InputChange(old: input, new: nil))
        }
        return changes
    }
}
