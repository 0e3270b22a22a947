import BackboneCore

/// A deterministic sample of record pairs drawn uniformly at random, for estimating
/// u-probabilities: almost every random pair is a non-match.
///
/// Pair `k` comes from its own SplitMix64 stream, keyed by the seed and `k`, so the sample
/// is a random-access collection the caller can compare in parallel chunks and still get
/// the same pairs in the same order. Pairs are drawn with replacement; when the sample
/// would cover every possible pair, it is every pair once, in order.
public struct RandomPairSampler: RandomAccessCollection, Sendable {
    public struct Pair: Sendable, Hashable {
        public let left: Int
        public let right: Int
    }

    public let leftCount: Int
    public let rightCount: Int
    /// Pairs of two distinct records of one table (`left < right`) rather than of two tables.
    public let withinOneTable: Bool
    public let seed: UInt64
    public let startIndex = 0
    public let endIndex: Int
    /// Whether the sample is every possible pair.
    public let isExhaustive: Bool

    /// Pairs of a left record and a right record, e.g. a participant and a student.
    public init(leftCount: Int, rightCount: Int, seed: UInt64, sampleSize: Int) {
        self.init(leftCount: leftCount, rightCount: rightCount, withinOneTable: false, seed: seed, sampleSize: sampleSize)
    }

    /// Pairs of two distinct records of one table, e.g. for finding duplicates within a CBO.
    public init(recordCount: Int, seed: UInt64, sampleSize: Int) {
        self.init(leftCount: recordCount, rightCount: recordCount, withinOneTable: true, seed: seed, sampleSize: sampleSize)
    }

    private init(leftCount: Int, rightCount: Int, withinOneTable: Bool, seed: UInt64, sampleSize: Int) {
        precondition(leftCount >= 0 && rightCount >= 0 && sampleSize >= 0, "counts must not be negative")
        let (product, overflow) = leftCount.multipliedReportingOverflow(by: withinOneTable ? Swift.max(rightCount - 1, 0) : rightCount)
        let possible = overflow ? Int.max : (withinOneTable ? product / 2 : product)
        self.leftCount = leftCount
        self.rightCount = rightCount
        self.withinOneTable = withinOneTable
        self.seed = seed
        self.isExhaustive = sampleSize >= possible
        self.endIndex = Swift.min(sampleSize, possible)
    }

    public subscript(position: Int) -> Pair {
        precondition(indices.contains(position), "pair index out of range")
        if isExhaustive { return enumerated(position) }
        var random = SplitMix64(seed: seed, salt: 0x6A09_E667_F3BC_C909, keys: [UInt64(position)])
        let left = random.below(leftCount)
        guard withinOneTable else { return Pair(left: left, right: random.below(rightCount)) }
        var other = random.below(leftCount - 1)
        if other >= left { other += 1 }
        return Pair(left: Swift.min(left, other), right: Swift.max(left, other))
    }

    /// The `index`-th of all possible pairs, in order of left then right record.
    private func enumerated(_ index: Int) -> Pair {
        guard withinOneTable else { return Pair(left: index / rightCount, right: index % rightCount) }
        // Row i (left = i) holds n − 1 − i pairs; pairs before it: i·(2n − i − 1)/2.
        let n = leftCount
        func before(_ row: Int) -> Int { row * (2 * n - row - 1) / 2 }
        let d = Double(2 * n - 1)
        var row = Swift.max(0, Swift.min(n - 2, Int((d - Swift.max(0, d * d - 8 * Double(index)).squareRoot()) / 2)))
        while row > 0 && before(row) > index { row -= 1 }
        while row < n - 2 && before(row + 1) <= index { row += 1 }
        return Pair(left: row, right: row + 1 + index - before(row))
    }
}
