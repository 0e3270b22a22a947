/// Surnames: exact, one part of a compound or hyphenated surname ("PENA RUIZ" ~ "RUIZ"),
/// then Jaro–Winkler bands, else. For compound surnames the similarity is the best of the
/// whole names and of their parts, so a typo in one part still scores.
public struct SurnameComparator: FieldComparator {
    public let bands: JaroWinklerBands
    public let levels: ComparisonLevelSet

    public init(field: String = "last_name", bands: JaroWinklerBands = .standard) {
        self.bands = bands
        levels = ComparisonLevelSet(field: field, labels: ["exact", "one part of a compound surname"] + bands.labels + ["swapped with the given name", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _ people: CodedPeople.Buffers) -> Int8 {
        guard a.surname >= 0, b.surname >= 0 else { return ComparisonLevelSet.missing }
        if a.surname == b.surname { return 0 }
        let (xParts, yParts) = (Int(a.partsStart)..<Int(a.partsEnd), Int(b.partsStart)..<Int(b.partsEnd))
        for p in xParts {
            for q in yParts where people.surnameParts[p] == people.surnameParts[q] { return 1 }
        }
        var similarity = JaroWinkler.similarity(people.text(a.surname), people.text(b.surname))
        if xParts.count > 1 || yParts.count > 1 {
            for p in xParts {
                for q in yParts {
                    similarity = max(
                        similarity, JaroWinkler.similarity(people.text(people.surnameParts[p]), people.text(people.surnameParts[q])))
                }
            }
        }
        if let band = bands.band(similarity) { return Int8(2 + band) }
        return people.isSwapped(a, b) ? Int8(levels.labels.count - 2) : Int8(levels.labels.count - 1)
    }
}
