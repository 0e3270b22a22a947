/// A shared identifier (state student ID): exact, one slip (one character changed, added or
/// dropped, or two neighbours swapped), else. Most participants have none, which is missing. The exact passes already link an ID the names and birth date corroborate;
/// here an uncorroborated one is weighed with everything else, so a mistyped ID loses to
/// the student the names and birth date point to, and a true one survives a misspelt name.
public struct StateIdComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "state_id") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "one slip", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        CodedPeople.level(a, b, level)
    }

    @inline(__always)
    func level(_ a: CodedPeople.Person, _ b: CodedPeople.Person, _ people: CodedPeople.Buffers) -> Int8 {
        guard a.stateId >= 0, b.stateId >= 0 else { return ComparisonLevelSet.missing }
        if a.stateId == b.stateId { return 0 }
        return Self.isOneSlip(people.text(a.stateIdText), people.text(b.stateIdText)) ? 1 : 2
    }

    /// Whether one edit (substitution, insertion, deletion or adjacent transposition) turns one into the other.
    static func isOneSlip(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard long.count - short.count <= 1 else { return false }
        guard let first = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
        if short.count < long.count { return short[first...].elementsEqual(long[(first + 1)...]) }
        if short[(first + 1)...].elementsEqual(long[(first + 1)...]) { return true }
        return first + 1 < short.count && short[first] == long[first + 1] && short[first + 1] == long[first]
            && short[(first + 2)...].elementsEqual(long[(first + 2)...])
    }
}
