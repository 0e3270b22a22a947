/// Five-digit ZIP: exact, same three-digit area (a family that moved nearby), else.
public struct ZipComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "zip") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "first 3 digits", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        guard let x = a.zip, let y = b.zip else { return ComparisonLevelSet.missing }
        if x == y { return 0 }
        return ZipCode.area(x) == ZipCode.area(y) ? 1 : 2
    }
}
