/// School as recorded (lower-cased name or code): exact, else.
public struct SchoolComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "school_id") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _: CodedPeople.Buffers) -> Int8 {
        guard a.school >= 0, b.school >= 0 else { return ComparisonLevelSet.missing }
        return a.school == b.school ? 0 : 1
    }
}
