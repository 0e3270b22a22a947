import Linkage

/// One comparison level of one field in a fitted model: how often it occurs among true matches
/// (m) and among non-matches (u), what it adds to a pair's match weight, and how many candidate
/// pairs fell at it. The linkage page
/// and `linkage-model.csv` both show these rows, so they show the same numbers.
public struct ComparisonLevelRow: Sendable, Equatable {
    public var field: String
    public var level: String
    public var m: Double
    public var u: Double
    /// `log2(m/u)` in bits, before any term-frequency adjustment.
    public var weight: Double
    public var candidatePairs: Int

    public init(field: String, level: String, m: Double, u: Double, weight: Double, candidatePairs: Int) {
        self.field = field
        self.level = level
        self.m = m
        self.u = u
        self.weight = weight
        self.candidatePairs = candidatePairs
    }

    /// Every field's levels, in the model's field and level order; none when the probabilistic
    /// pass had nothing to compare.
    public static func rows(of summary: LinkSummary) -> [ComparisonLevelRow] {
        guard let model = summary.model else { return [] }
        precondition(
            summary.levelLabels.map(\.labels.count) == model.levelCounts && summary.pairsPerLevel.map(\.count) == model.levelCounts,
            "level labels and pair counts must match the model's levels")
        return summary.levelLabels.enumerated().flatMap { field, labels in
            labels.labels.enumerated().map { level, label in
                ComparisonLevelRow(
                    field: labels.field, level: label, m: model.m[field][level], u: model.u[field][level],
                    weight: model.levelWeights[field][level], candidatePairs: summary.pairsPerLevel[field][level])
            }
        }
    }
}
