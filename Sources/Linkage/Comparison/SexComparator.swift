/// Sex: exact, else. "Not selected" and blanks are missing (see `Sex`).
public struct SexComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "sex") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _: CodedPeople.Buffers) -> Int8 {
        guard a.sex >= 0, b.sex >= 0 else { return ComparisonLevelSet.missing }
        return a.sex == b.sex ? 0 : 1
    }
}
