import BackboneCore

/// Birth dates: exact; day and month swapped (04/03 vs 03/04, the usual US/European mix-up);
/// exactly one of day, month or year different (a typo); within a tolerance in days; else.
public struct BirthDateComparator: FieldComparator {
    public let toleranceDays: Int32
    public let levels: ComparisonLevelSet

    public init(field: String = "birth_date", toleranceDays: Int32 = 365) {
        self.toleranceDays = toleranceDays
        levels = ComparisonLevelSet(
            field: field,
            labels: ["exact", "day and month swapped", "one of day, month, year differs", "within \(toleranceDays) days", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _: CodedPeople.Buffers) -> Int8 {
        guard a.hasBirthDate, b.hasBirthDate else { return ComparisonLevelSet.missing }
        let (x, y) = (a.birthDate, b.birthDate)
        if x == y { return 0 }
        let p = CalendarDate.civil(x), q = CalendarDate.civil(y)
        if p.year == q.year && p.day == q.month && p.month == q.day { return 1 }
        let differing = (p.year != q.year ? 1 : 0) + (p.month != q.month ? 1 : 0) + (p.day != q.day ? 1 : 0)
        if differing == 1 { return 2 }
        if abs(Int64(x) - Int64(y)) <= Int64(toleranceDays) { return 3 }
        return 4
    }
}
