import BackboneCore
import Foundation

/// The Fellegi–Sunter model: for each field and comparison level, how likely that level is
/// among true matches (m) and among non-matches (u), and the prior share of matches (λ)
/// among the pairs being scored.
///
/// A pair's match weight is `log2(λ/(1−λ)) + Σ log2(m/u)` over its non-missing fields, and
/// its match probability is `2^w / (1 + 2^w)`. Every probability is kept within
/// `probabilityBound` of 0 and 1, so a level never seen among matches (or non-matches)
/// still gives a finite weight.
public struct FellegiSunterModel: Sendable, Equatable {
    /// How close any m, u or λ may come to 0 or 1.
    public static let probabilityBound = 1e-6

    public let levelCounts: [Int]
    /// `m[field][level]`: the probability of that level among true matches.
    public let m: [[Double]]
    /// `u[field][level]`: the probability of that level among non-matches.
    public let u: [[Double]]
    /// The prior match share among the pairs scored.
    public let lambda: Double
    /// `log2(λ/(1−λ))`: the weight of a pair with every field missing.
    public let priorWeight: Double
    /// `levelWeights[field][level] = log2(m/u)`: what one field at one level adds to a weight.
    public let levelWeights: [[Double]]

    public init(m: [[Double]], u: [[Double]], lambda: Double) {
        precondition(!m.isEmpty && m.count == u.count, "m and u need the same fields")
        precondition(zip(m, u).allSatisfy { $0.count == $1.count && !$0.isEmpty }, "m and u need the same levels per field")
        let m = m.map { $0.map(Self.bounded) }
        let u = u.map { $0.map(Self.bounded) }
        let lambda = Self.bounded(lambda)
        self.levelCounts = m.map(\.count)
        self.m = m
        self.u = u
        self.lambda = lambda
        self.priorWeight = log2(lambda / (1 - lambda))
        self.levelWeights = zip(m, u).map { mField, uField in zip(mField, uField).map { log2($0 / $1) } }
    }

    /// The probability of a match for a weight, written so that large weights give 1, not NaN.
    public static func probability(weight: Double) -> Double {
        1 / (1 + exp2(-weight))
    }

    /// The weight whose probability is `probability` (kept within `probabilityBound` of 0 and 1,
    /// so a threshold of 100% still has a finite weight): `log2(p/(1−p))`.
    public static func weight(probability: Double) -> Double {
        let p = bounded(probability)
        return log2(p / (1 - p))
    }

    /// The weight of one pair, with the term-frequency adjustment of each field that has one.
    public func weight(of pair: Int, in vectors: ComparisonVectors, termFrequencies: TermFrequencies? = nil) -> Double {
        checkShape(vectors, termFrequencies)
        return weight(levels: vectors.levels, at: pair * vectors.fieldCount, pair: pair, termFrequencies: termFrequencies)
    }

    /// Every pair's weight, in pair order, computed in parallel over chunks of pairs.
    public func weights(_ vectors: ComparisonVectors, termFrequencies: TermFrequencies? = nil, pairsPerChunk: Int = 1 << 16) -> [Double] {
        checkShape(vectors, termFrequencies)
        precondition(pairsPerChunk > 0, "a chunk holds at least one pair")
        let pairCount = vectors.pairCount
        let chunkCount = (pairCount + pairsPerChunk - 1) / pairsPerChunk
        let chunks = Parallel.map(chunkCount) { chunk in
            (chunk * pairsPerChunk..<min(pairCount, (chunk + 1) * pairsPerChunk)).map { pair in
                weight(levels: vectors.levels, at: pair * vectors.fieldCount, pair: pair, termFrequencies: termFrequencies)
            }
        }
        return chunks.flatMap { $0 }
    }

    /// The weight of the vector starting at `base` in a flat level buffer; `pair` finds its
    /// term frequencies. The explanation adds the same terms in the same order, so both give
    /// the same bits.
    func weight(levels: [Int8], at base: Int, pair: Int, termFrequencies: TermFrequencies?) -> Double {
        var weight = priorWeight
        for field in 0..<levelCounts.count {
            let level = levels[base + field]
            guard level >= 0 else { continue }
            weight += levelWeights[field][Int(level)]
            if let frequency = termFrequencies?.frequency(pair: pair, field: field) {
                weight += termFrequencyAdjustment(field: field, level: Int(level), frequency: frequency)
            }
        }
        return weight
    }

    func checkShape(_ vectors: ComparisonVectors, _ termFrequencies: TermFrequencies?) {
        precondition(vectors.levelCounts == levelCounts, "the vectors were compared with other fields or levels")
        if let termFrequencies {
            precondition(termFrequencies.pairCount == vectors.pairCount && termFrequencies.fieldCount == vectors.fieldCount, "term frequencies need the vectors' pairs and fields")
        }
    }

    private static func bounded(_ probability: Double) -> Double {
        precondition(!probability.isNaN, "a probability must be a number")
        return min(max(probability, probabilityBound), 1 - probabilityBound)
    }
}
