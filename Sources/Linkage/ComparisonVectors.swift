/// Level per field for each candidate pair: `levels[pair * fieldCount + field]`.
///
/// Level 0 is the most similar level of a field; -1 means the value is missing on either
/// side, which is neutral: it contributes nothing to a match weight and is left out of the
/// field's m and u estimates. One flat `Int8` buffer keeps tens of millions of pairs small.
public struct ComparisonVectors: Sendable, Equatable {
    public let fieldCount: Int
    /// Levels per field: field `f` takes levels `0..<levelCounts[f]` (or -1 when missing).
    public let levelCounts: [Int]
    public var levels: [Int8]
    public var pairCount: Int { levels.count / fieldCount }

    /// The level that marks a missing value.
    public static let missing: Int8 = -1

    public init(levelCounts: [Int], levels: [Int8] = []) {
        precondition(!levelCounts.isEmpty, "a comparison needs at least one field")
        precondition(levelCounts.allSatisfy { $0 >= 1 && $0 <= Int(Int8.max) }, "each field needs 1...127 levels")
        precondition(levels.count % levelCounts.count == 0, "levels must hold whole pairs")
        self.fieldCount = levelCounts.count
        self.levelCounts = levelCounts
        self.levels = levels
    }

    public subscript(pair: Int, field: Int) -> Int8 {
        levels[pair * fieldCount + field]
    }

    /// Adds one pair's levels, one per field in field order.
    public mutating func append(_ pairLevels: [Int8]) {
        precondition(pairLevels.count == fieldCount, "one level per field")
        levels.append(contentsOf: pairLevels)
    }

    /// How many pairs fall at each level of each field (`[field][level]`); a pair with the field
    /// missing counts in none of its levels.
    public func levelTotals() -> [[Int]] {
        var totals = levelCounts.map { [Int](repeating: 0, count: $0) }
        for base in stride(from: 0, to: levels.count, by: fieldCount) {
            for field in 0..<fieldCount where levels[base + field] >= 0 {
                totals[field][Int(levels[base + field])] += 1
            }
        }
        return totals
    }

    /// Treats `fields` as missing in every pair, so they add nothing to weights or estimates.
    public mutating func markMissing(fields: Set<Int>) {
        guard !fields.isEmpty else { return }
        for base in stride(from: 0, to: levels.count, by: fieldCount) {
            for field in fields { levels[base + field] = Self.missing }
        }
    }
}
