extension FellegiSunterModel {
    /// u-probabilities from a sample of random record pairs, almost all of them non-matches:
    /// each level's share among the sample's non-missing values of its field.
    ///
    /// Laplace smoothing adds `smoothing` to every level's count, so a level the sample
    /// never showed (say, an exact birth date among a few thousand random pairs) gets a
    /// small u rather than zero. Draw the sample with `RandomPairSampler`.
    public static func estimateU(from sample: ComparisonVectors, smoothing: Double = 1) -> [[Double]] {
        estimateU(from: ComparisonVectorPatterns(sample), smoothing: smoothing)
    }

    public static func estimateU(from sample: ComparisonVectorPatterns, smoothing: Double = 1) -> [[Double]] {
        precondition(smoothing > 0, "smoothing must be positive so no u is zero")
        return sample.levelTotals().map { counts in
            let total = Double(counts.reduce(0, +)) + smoothing * Double(counts.count)
            return counts.map { (Double($0) + smoothing) / total }
        }
    }
}
