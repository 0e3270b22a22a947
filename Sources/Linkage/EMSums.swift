/// The E-step's sums over some comparison vectors: expected matches in total and at each
/// level of each field.
struct EMSums {
    /// `matchByLevel[field][level] = Σ count·p` over vectors at that level.
    var matchByLevel: [[Double]]
    /// `Σ count·p` over all vectors.
    var matches: Double

    init(levelCounts: [Int]) {
        matchByLevel = levelCounts.map { [Double](repeating: 0, count: $0) }
        matches = 0
    }

    init(_ model: FellegiSunterModel, _ patterns: ComparisonVectorPatterns, patterns range: Range<Int>) {
        self.init(levelCounts: model.levelCounts)
        for pattern in range {
            let base = pattern * patterns.fieldCount
            let weight = model.weight(levels: patterns.levels, at: base, pair: pattern, termFrequencies: nil)
            let count = Double(patterns.counts[pattern])
            let match = count * FellegiSunterModel.probability(weight: weight)
            matches += match
            for field in 0..<patterns.fieldCount {
                let level = Int(patterns.levels[base + field])
                guard level >= 0 else { continue }
                matchByLevel[field][level] += match
            }
        }
    }

    mutating func add(_ other: EMSums) {
        matches += other.matches
        for field in matchByLevel.indices {
            for level in matchByLevel[field].indices {
                matchByLevel[field][level] += other.matchByLevel[field][level]
            }
        }
    }

    /// Each field's sums as shares of the field's total; a field with no weight at all
    /// (missing everywhere) keeps its previous probabilities.
    func shares(of byLevel: [[Double]], otherwise previous: [[Double]]) -> [[Double]] {
        zip(byLevel, previous).map { sums, previous in
            let total = sums.reduce(0, +)
            return total > 0 ? sums.map { $0 / total } : previous
        }
    }
}
