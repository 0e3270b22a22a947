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
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _ people: CodedPeople.Buffers) -> Int8 {
        guard a.givenCount > 0, b.givenCount > 0 else { return ComparisonLevelSet.missing }
        let otherwise = Int8(levels.labels.count - 1)
        var best = otherwise
        for i in Int(a.givenStart)..<Int(a.givenEnd) {
            for j in Int(b.givenStart)..<Int(b.givenEnd) {
                best = min(best, level(people.givenNames[i], people.givenNames[j], people))
                if best == 0 { return 0 }
            }
        }
        if best == otherwise, people.isSwapped(a, b) { return otherwise - 1 }
        return best
    }

    @inline(__always)
    private func level(_ x: CodedPeople.GivenName, _ y: CodedPeople.GivenName, _ people: CodedPeople.Buffers) -> Int8 {
        if x.text == y.text { return 0 }
        if people.isNicknameEquivalent(x, y) { return 1 }
        let band = bands.band(JaroWinkler.similarity(people.text(x.text), people.text(y.text)))
        return Int8(2 + (band ?? bands.thresholds.count + 1))
    }
}
