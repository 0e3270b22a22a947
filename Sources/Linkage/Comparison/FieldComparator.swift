/// One field's comparison levels, most similar first; the last is "else". A pair gets exactly
/// one level per field; `missing` is its own level, separate (index -1 → treated as neutral
/// by the model).
public struct ComparisonLevelSet: Sendable, Hashable {
    public let field: String
    public let labels: [String]

    public init(field: String, labels: [String]) {
        self.field = field
        self.labels = labels
    }

    /// The level of a pair with the field missing on either side.
    public static let missing: Int8 = -1
}

/// Compares two standardized records field by field into level indices (Int8 per field;
/// -1 = missing on either side).
public protocol FieldComparator: Sendable {
    var levels: ComparisonLevelSet { get }
    func level(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Int8
}
