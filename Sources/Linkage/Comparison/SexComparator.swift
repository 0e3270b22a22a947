/// Sex: exact, else. "Not selected" and blanks are missing (see `Sex`).
public struct SexComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "sex") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        guard let x = a.sex, let y = b.sex else { return ComparisonLevelSet.missing }
        return x == y ? 0 : 1
    }
}
