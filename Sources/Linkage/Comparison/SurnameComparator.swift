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
        // Fields read in place, not `if let x = a.surname`: a copied name retains each of its arrays.
        guard a.surname != nil, b.surname != nil else { return ComparisonLevelSet.missing }
        if a.surname!.compact == b.surname!.compact { return 0 }
        let (xParts, yParts) = (a.surname!.parts, b.surname!.parts)
        if xParts.contains(where: { yParts.contains($0) }) { return 1 }
        var similarity = JaroWinkler.similarity(a.surname!.compact, b.surname!.compact)
        if xParts.count > 1 || yParts.count > 1 {
            for p in xParts {
                for q in yParts { similarity = max(similarity, JaroWinkler.similarity(p, q)) }
            }
        }
        if let band = bands.band(similarity) { return Int8(2 + band) }
        return NameSwap.isSwapped(a, b) ? Int8(levels.labels.count - 2) : Int8(levels.labels.count - 1)
    }
}
