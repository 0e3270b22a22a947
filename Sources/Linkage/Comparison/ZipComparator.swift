/// Five-digit ZIP: exact, same three-digit area (a family that moved nearby), else.
public struct ZipComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "zip") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "first 3 digits", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _: CodedPeople.Buffers) -> Int8 {
        guard a.hasZip, b.hasZip else { return ComparisonLevelSet.missing }
        let (x, y) = (a.zip, b.zip)
        if x == y { return 0 }
        return ZipCode.area(x) == ZipCode.area(y) ? 1 : 2
    }
}
