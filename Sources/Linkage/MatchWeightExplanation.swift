/// Why a pair got its weight: the prior, then each field's level and what it added.
///
/// The clerical review queue shows this beside the two records so a reviewer can see
/// which fields argued for and against the link. The contributions add up, in field
/// order, to exactly `weight`.
public struct MatchWeightExplanation: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public let field: Int
        /// The comparison level (0 = most similar), or -1 when a value was missing.
        public let level: Int8
        /// `log2(m/u)` of the level; 0 when missing.
        public let levelWeight: Double
        /// The term-frequency adjustment of an exact agreement; 0 when there is none.
        public let termFrequencyAdjustment: Double
        public var contribution: Double { levelWeight + termFrequencyAdjustment }
    }

    /// `log2(λ/(1−λ))`.
    public let priorWeight: Double
    public let fields: [Field]
    public let weight: Double
    public var probability: Double { FellegiSunterModel.probability(weight: weight) }
}

extension FellegiSunterModel {
    /// Each field's part in `pair`'s weight.
    public func explain(pair: Int, in vectors: ComparisonVectors, termFrequencies: TermFrequencies? = nil) -> MatchWeightExplanation {
        checkShape(vectors, termFrequencies)
        var weight = priorWeight
        var fields: [MatchWeightExplanation.Field] = []
        for field in 0..<vectors.fieldCount {
            let level = vectors[pair, field]
            var levelWeight = 0.0
            var adjustment = 0.0
            if level >= 0 {
                levelWeight = levelWeights[field][Int(level)]
                weight += levelWeight
                if let frequency = termFrequencies?.frequency(pair: pair, field: field) {
                    adjustment = termFrequencyAdjustment(field: field, level: Int(level), frequency: frequency)
                    weight += adjustment
                }
            }
            fields.append(.init(field: field, level: level, levelWeight: levelWeight, termFrequencyAdjustment: adjustment))
        }
        return MatchWeightExplanation(priorWeight: priorWeight, fields: fields, weight: weight)
    }
}
