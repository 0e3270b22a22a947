/// How one published cell differs between two runs.
public struct ValueChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Published in both, with a different value, counts or bound.
        case changed
        /// Published exactly before, hidden now.
        case hidden
        /// Hidden before, published exactly now.
        case shown
        case added
        case removed
    }

    public var key: PublishedValue.Key
    public var old: PublishedValue?
    public var new: PublishedValue?

    public var kind: Kind {
        guard let old else { return .added }
        guard let new else { return .removed }
        switch (old.suppression == nil, new.suppression == nil) {
        case (true, false): return .hidden
        case (false, true): return .shown
        default: return .changed
        }
    }

    /// Every cell whose published fields differ, in indicators.csv's order of the newer run.
    static func between(_ old: [PublishedValue], _ new: [PublishedValue]) -> [ValueChange] {
        let before = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.key))
        var changes: [ValueChange] = []
        for value in new {
            let previous = before[value.key]
            if let previous, previous.publishesSame(as: value) { continue }
            changes.append(ValueChange(key: value.key, old: previous, new: value))
        }
        for value in old where !after.contains(value.key) {
            changes.append(ValueChange(key: value.key, old: value, new: nil))
        }
        return changes
    }
}
