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
        guard let x = a.stateId, let y = b.stateId else { return ComparisonLevelSet.missing }
        if x == y { return 0 }
        return Self.isOneSlip(Array(x.utf8), Array(y.utf8)) ? 1 : 2
    }

    /// Whether one edit (substitution, insertion, deletion or adjacent transposition) turns one into the other.
    static func isOneSlip(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard long.count - short.count <= 1 else { return false }
        guard let first = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
        if short.count < long.count { return short[first...].elementsEqual(long[(first + 1)...]) }
        if short[(first + 1)...].elementsEqual(long[(first + 1)...]) { return true }
        return first + 1 < short.count && short[first] == long[first + 1] && short[first + 1] == long[first]
            && short[(first + 2)...].elementsEqual(long[(first + 2)...])
    }
}
