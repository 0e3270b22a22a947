import Linkage

/// Comparison vectors drawn from known m, u and λ, so EM's estimates can be checked
/// against the truth.
enum EMSyntheticPairs {
    static let levelCounts = [3, 2, 4]
    static let m: [[Double]] = [[0.85, 0.10, 0.05], [0.90, 0.10], [0.70, 0.20, 0.07, 0.03]]
    static let u: [[Double]] = [[0.02, 0.08, 0.90], [0.15, 0.85], [0.01, 0.04, 0.15, 0.80]]
    static let lambda = 0.1
    /// The last field is missing this often, matches and non-matches alike.
    static let missingShare = 0.1

    static func vectors(pairs: Int, matchShare: Double, seed: UInt64) -> ComparisonVectors {
        var random = SeededGenerator(seed: seed)
        var vectors = ComparisonVectors(levelCounts: levelCounts)
        for _ in 0..<pairs {
            let probabilities = Double.random(in: 0..<1, using: &random) < matchShare ? m : u
            var levels = probabilities.map { Int8(draw($0, &random)) }
            if Double.random(in: 0..<1, using: &random) < missingShare { levels[levels.count - 1] = ComparisonVectors.missing }
            vectors.append(levels)
        }
        return vectors
    }

    /// A level drawn from a field's level probabilities.
    static func draw(_ probabilities: [Double], _ random: inout SeededGenerator) -> Int {
        var x = Double.random(in: 0..<1, using: &random)
        for (level, p) in probabilities.enumerated() {
            if x < p { return level }
            x -= p
        }
        return probabilities.count - 1
    }
}

/// SplitMix64, so synthetic data is the same on every run and platform.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
