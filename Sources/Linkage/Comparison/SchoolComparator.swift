/// School as recorded (lower-cased name or code): exact, else.
public struct SchoolComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "school_id") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        guard let x = a.school, let y = b.school else { return ComparisonLevelSet.missing }
        return x == y ? 0 : 1
    }
}
