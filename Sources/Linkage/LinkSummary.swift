/// How one organization's participants were linked: counts only, for the linkage page.
public struct LinkSummary: Sendable {
    public var source: String
    public var participants = 0
    public var linkedByPass: [LinkPass: Int] = [:]
    /// Participants whose best candidate falls between the review and link thresholds.
    public var forReview = 0
    /// Candidate pairs compared by the probabilistic pass, and how many each blocking rule proposed.
    public var candidatePairs = 0
    public var pairsPerRule: [(rule: BlockingRule, pairs: Int)] = []
    /// Per blocking rule, student keys skipped because more students than `max_block_size` share them.
    public var skippedKeysPerRule: [Int] = []
    /// The candidate cap stopped blocking: some participants were not compared.
    public var capped = false
    public var emIterations = 0
    public var emConverged = false
    /// The fitted model the pairs were scored with (nil when there was nothing to compare),
    /// and each of its fields' name and level labels, for the linkage page.
    public var model: FellegiSunterModel?
    public var levelLabels: [(field: String, labels: [String])] = []
    /// Candidate pairs at each comparison level, `[field][level]` in the model's order: a field
    /// missing on one side of every pair was never compared and added nothing to any weight.
    public var pairsPerLevel: [[Int]] = []
    /// The match weight of each compared participant's best candidate.
    public var bestWeights = WeightHistogram()

    public init(source: String) {
        self.source = source
    }

    public var linked: Int { linkedByPass.values.reduce(0, +) }
}
