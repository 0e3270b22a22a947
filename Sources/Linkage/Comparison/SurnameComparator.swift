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
        guard let x = a.surname, let y = b.surname else { return ComparisonLevelSet.missing }
        if x.compact == y.compact { return 0 }
        if x.parts.contains(where: { y.parts.contains($0) }) { return 1 }
        var similarity = JaroWinkler.similarity(x.compact, y.compact)
        if x.parts.count > 1 || y.parts.count > 1 {
            for p in x.parts {
                for q in y.parts { similarity = max(similarity, JaroWinkler.similarity(p, q)) }
            }
        }
        if let band = bands.band(similarity) { return Int8(2 + band) }
        return NameSwap.isSwapped(a, b) ? Int8(levels.labels.count - 2) : Int8(levels.labels.count - 1)
    }
}
