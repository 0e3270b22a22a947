import BackboneCore

/// The distinct comparison vectors of a set of pairs, each with how many pairs share it.
///
/// Pairs with the same vector have the same posterior match probability, so EM and u
/// estimation only need each distinct vector once, weighted by its count: a few hundred
/// patterns stand for millions of pairs. Counting runs in parallel over fixed chunks of
/// pairs, and counts are integers merged and then sorted by pattern, so the result is the
/// same bytes whatever the chunk size or thread count.
public struct ComparisonVectorPatterns: Sendable, Equatable {
    public let fieldCount: Int
    public let levelCounts: [Int]
    /// Each distinct vector's levels, `levels[pattern * fieldCount + field]`, in ascending
    /// order of the vectors read field by field (missing, -1, first).
    public let levels: [Int8]
    /// How many pairs have each vector.
    public let counts: [Int]
    public let pairCount: Int
    public var patternCount: Int { counts.count }

    /// - Parameter pairsPerChunk: pairs counted by one parallel task; it changes only speed.
    public init(_ vectors: ComparisonVectors, pairsPerChunk: Int = 1 << 16) {
        precondition(pairsPerChunk > 0, "a chunk holds at least one pair")
        let radices = vectors.levelCounts.map { UInt64($0 + 1) }
        var keySpace: UInt64 = 1
        for radix in radices {
            let (product, overflow) = keySpace.multipliedReportingOverflow(by: radix)
            precondition(!overflow, "too many fields and levels to number every comparison vector")
            keySpace = product
        }
        let pairCount = vectors.pairCount
        let chunkCount = max(1, (pairCount + pairsPerChunk - 1) / pairsPerChunk)
        let partials = Parallel.map(chunkCount) { chunk in
            Self.countKeys(vectors, radices: radices, pairs: chunk * pairsPerChunk..<min(pairCount, (chunk + 1) * pairsPerChunk))
        }
        var totals: [UInt64: Int] = [:]
        for partial in partials {
            for (key, count) in partial { totals[key, default: 0] += count }
        }
        let keys = totals.keys.sorted()
        var levels = [Int8](repeating: 0, count: keys.count * vectors.fieldCount)
        for (pattern, key) in keys.enumerated() {
            var rest = key
            for field in stride(from: vectors.fieldCount - 1, through: 0, by: -1) {
                levels[pattern * vectors.fieldCount + field] = Int8(rest % radices[field]) - 1
                rest /= radices[field]
            }
        }
        self.fieldCount = vectors.fieldCount
        self.levelCounts = vectors.levelCounts
        self.levels = levels
        self.counts = keys.map { totals[$0]! }
        self.pairCount = pairCount
    }

    public subscript(pattern: Int, field: Int) -> Int8 {
        levels[pattern * fieldCount + field]
    }

    /// Pairs at each level of each field, `[field][level]`; missing values are not counted.
    public func levelTotals() -> [[Int]] {
        var totals = levelCounts.map { [Int](repeating: 0, count: $0) }
        for pattern in 0..<patternCount {
            for field in 0..<fieldCount {
                let level = self[pattern, field]
                if level >= 0 { totals[field][Int(level)] += counts[pattern] }
            }
        }
        return totals
    }

    /// Mixed-radix key per vector (digit = level + 1) → pairs with that vector.
    private static func countKeys(_ vectors: ComparisonVectors, radices: [UInt64], pairs: Range<Int>) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        let fieldCount = vectors.fieldCount
        vectors.levels.withUnsafeBufferPointer { levels in
            for pair in pairs {
                var key: UInt64 = 0
                for field in 0..<fieldCount {
                    let level = Int(levels[pair * fieldCount + field])
                    precondition(level >= -1 && level < vectors.levelCounts[field], "level out of range for its field")
                    key = key * radices[field] + UInt64(level + 1)
                }
                counts[key, default: 0] += 1
            }
        }
        return counts
    }
}
