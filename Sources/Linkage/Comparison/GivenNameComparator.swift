/// Given names: exact, nickname-equivalent (by the public nickname list), then Jaro–Winkler
/// bands, then "swapped" (one record's given name is the other's surname: the two boxes of
/// a form filled the wrong way round), else. A person with several given names (first
/// name, nickname) compares on the closest pair.
public struct GivenNameComparator: FieldComparator {
    public let bands: JaroWinklerBands
    public let levels: ComparisonLevelSet

    public init(field: String = "first_name", bands: JaroWinklerBands = .standard) {
        self.bands = bands
        levels = ComparisonLevelSet(field: field, labels: ["exact", "nickname-equivalent"] + bands.labels + ["swapped with the surname", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        guard !a.givenNames.isEmpty, !b.givenNames.isEmpty else { return ComparisonLevelSet.missing }
        let otherwise = Int8(levels.labels.count - 1)
        var best = otherwise
        // Indices, not `for x in`: a copied GivenName retains each of its arrays, and this
        // runs for tens of millions of pairs.
        for i in a.givenNames.indices {
            for j in b.givenNames.indices {
                best = min(best, level(a.givenNames[i], b.givenNames[j]))
                if best == 0 { return 0 }
            }
        }
        if best == otherwise, NameSwap.isSwapped(a, b) { return otherwise - 1 }
        return best
    }

    private func level(_ x: borrowing GivenName, _ y: borrowing GivenName) -> Int8 {
        if x.name.compact == y.name.compact { return 0 }
        if x.isNicknameEquivalent(to: y) { return 1 }
        let band = bands.band(JaroWinkler.similarity(x.name.compact, y.name.compact))
        return Int8(2 + (band ?? bands.thresholds.count + 1))
    }
}
