/// For chosen fields, the relative frequency of the value a pair agrees on exactly.
///
/// An exact agreement on a rare surname is stronger evidence than one on a common surname;
/// the level's u-probability averages over all values. Following Splink, the weight of such
/// an agreement is adjusted by `log2(u_level / frequency)`, which replaces the level's u with
/// the value's own chance of agreeing at random. Frequencies are bounded below by
/// `minimumFrequency` (Splink's `tf_minimum_u_value`) so one unique value cannot dominate
/// a weight, and above by 1. Storage is one `Float` per pair and adjusted field only.
public struct TermFrequencies: Sendable, Equatable {
    public let pairCount: Int
    public let fieldCount: Int
    /// The fields that carry frequencies, in ascending order.
    public let adjustedFields: [Int]
    /// The smallest frequency used in an adjustment.
    public let minimumFrequency: Double
    /// `slotOfField[field]`: the field's column among the adjusted fields, or -1.
    private let slotOfField: [Int]
    /// `frequencies[pair * adjustedFields.count + slot]`; 0 means no adjustment.
    private var frequencies: [Float]

    public init(pairCount: Int, fieldCount: Int, adjustedFields: [Int], minimumFrequency: Double = 1e-4) {
        let fields = Array(Set(adjustedFields)).sorted()
        precondition(fields.allSatisfy { (0..<fieldCount).contains($0) }, "adjusted fields must be fields of the comparison")
        precondition(minimumFrequency > 0 && minimumFrequency <= 1, "the minimum frequency must be in (0, 1]")
        var slots = [Int](repeating: -1, count: fieldCount)
        for (slot, field) in fields.enumerated() { slots[field] = slot }
        self.pairCount = pairCount
        self.fieldCount = fieldCount
        self.adjustedFields = fields
        self.minimumFrequency = minimumFrequency
        self.slotOfField = slots
        self.frequencies = [Float](repeating: 0, count: pairCount * fields.count)
    }

    /// Records that `pair` agrees exactly on `field` on a value with this relative frequency
    /// among records. Set it only for pairs at the field's exact level.
    public mutating func set(pair: Int, field: Int, frequency: Double) {
        let slot = slotOfField[field]
        precondition(slot >= 0, "field \(field) is not term-frequency adjusted")
        precondition(frequency > 0 && frequency <= 1, "a relative frequency must be in (0, 1]")
        frequencies[pair * adjustedFields.count + slot] = Float(frequency)
    }

    /// The bounded frequency used for `pair`'s `field`, or nil when it has none.
    public func frequency(pair: Int, field: Int) -> Double? {
        let slot = slotOfField[field]
        guard slot >= 0 else { return nil }
        let stored = frequencies[pair * adjustedFields.count + slot]
        guard stored > 0 else { return nil }
        return min(max(Double(stored), minimumFrequency), 1)
    }
}
