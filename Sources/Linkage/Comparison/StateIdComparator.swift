/// A shared identifier (state student ID): exact, else. Most participants have none, which
/// is missing. The exact passes already link an ID the names and birth date corroborate;
/// here an uncorroborated one is weighed with everything else, so a mistyped ID loses to
/// the student the names and birth date point to, and a true one survives a misspelt name.
public struct StateIdComparator: FieldComparator {
    public let levels: ComparisonLevelSet

    public init(field: String = "state_id") {
        levels = ComparisonLevelSet(field: field, labels: ["exact", "else"])
    }

    public func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8 {
        guard let x = a.stateId, let y = b.stateId else { return ComparisonLevelSet.missing }
        return x == y ? 0 : 1
    }
}
