extension FellegiSunterModel {
    /// EM's starting m: `exactShare` at level 0, the rest shared by the other levels,
    /// halving from one level to the next, so m falls as similarity falls.
    public static func startingM(levelCounts: [Int], exactShare: Double = 0.9) -> [[Double]] {
        precondition(exactShare > 0 && exactShare < 1, "the exact share must be in (0, 1)")
        return levelCounts.map { count in
            guard count > 1 else { return [1] }
            let halvings = (1..<count).map { 1 / Double(1 << min($0 - 1, 60)) }
            let total = halvings.reduce(0, +)
            return [exactShare] + halvings.map { (1 - exactShare) * $0 / total }
        }
    }

    /// λ from the pipeline's declared share of records expected to have a match: that many
    /// matches spread over the candidate pairs (the model bounds it below 1).
    /// - Parameters:
    ///   - recordMatchShare: the share of the linking side's records expected to match.
    ///   - records: records on the linking side (e.g. CBO participants).
    ///   - candidatePairs: pairs that blocking produced.
    public static func prior(recordMatchShare: Double, records: Int, candidatePairs: Int) -> Double {
        precondition((0...1).contains(recordMatchShare), "a share must be in [0, 1]")
        precondition(candidatePairs > 0, "a prior needs candidate pairs")
        return recordMatchShare * Double(records) / Double(candidatePairs)
    }
}
