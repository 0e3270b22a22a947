/// Home street address: exact, then Jaro–Winkler at 0.9 and 0.7 (as Splink compares
/// addresses), else. Families move, so a different street says less than a different name.
public struct StreetComparator: FieldComparator {
    public let bands: JaroWinklerBands
    public let levels: ComparisonLevelSet

    public init(field: String = "street", bands: JaroWinklerBands = .address) {
        self.bands = bands
        levels = ComparisonLevelSet(field: field, labels: ["exact"] + bands.labels + ["else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _ people: CodedPeople.Buffers) -> Int8 {
        guard a.street >= 0, b.street >= 0 else { return ComparisonLevelSet.missing }
        if a.street == b.street { return 0 }
        return Int8(1 + (bands.band(JaroWinkler.similarity(people.text(a.street), people.text(b.street))) ?? bands.thresholds.count))
    }
}
