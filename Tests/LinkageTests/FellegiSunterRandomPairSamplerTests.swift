import Linkage
import Testing

@Suite struct FellegiSunterRandomPairSamplerTests {
    @Test func sameSeedSamePairsInTheSameOrder() {
        let a = Array(RandomPairSampler(leftCount: 1_000, rightCount: 700, seed: 42, sampleSize: 5_000))
        let b = Array(RandomPairSampler(leftCount: 1_000, rightCount: 700, seed: 42, sampleSize: 5_000))
        let c = Array(RandomPairSampler(leftCount: 1_000, rightCount: 700, seed: 43, sampleSize: 5_000))
        #expect(a.count == 5_000)
        #expect(a == b)
        #expect(a != c)
        #expect(a.allSatisfy { (0..<1_000).contains($0.left) && (0..<700).contains($0.right) })
        #expect(Set(a.map(\.left)).count > 900)
    }

    @Test func pairsWithinOneTableAreOfTwoDistinctRecords() {
        let pairs = RandomPairSampler(recordCount: 300, seed: 7, sampleSize: 5_000)
        #expect(pairs.allSatisfy { 0 <= $0.left && $0.left < $0.right && $0.right < 300 })
    }

    @Test func aSampleAsLargeAsEveryPairIsEveryPairOnce() {
        let across = RandomPairSampler(leftCount: 3, rightCount: 4, seed: 1, sampleSize: 100)
        #expect(across.isExhaustive)
        #expect(across.map { [$0.left, $0.right] } == (0..<3).flatMap { l in (0..<4).map { [l, $0] } })
        let within = RandomPairSampler(recordCount: 100, seed: 1, sampleSize: 1_000_000)
        #expect(within.map { [$0.left, $0.right] } == (0..<100).flatMap { l in (l + 1..<100).map { [l, $0] } })
        #expect(RandomPairSampler(recordCount: 1, seed: 1, sampleSize: 10).isEmpty)
    }

    /// Records with a value drawn from a skewed distribution: the u of exact agreement is
    /// the chance that a random left and right record share a value.
    @Test func uFromSampledRecordPairsMatchesTheRecordsAgreementRate() {
        var random = SeededGenerator(seed: 9)
        let shares = [0.5, 0.3, 0.15, 0.05]
        let left = (0..<3_000).map { _ in EMSyntheticPairs.draw(shares, &random) }
        let right = (0..<2_000).map { _ in EMSyntheticPairs.draw(shares, &random) }
        let truth = (0..<shares.count).map { value in
            Double(left.count { $0 == value }) / 3_000 * Double(right.count { $0 == value }) / 2_000
        }.reduce(0, +)

        var sample = ComparisonVectors(levelCounts: [2])
        for pair in RandomPairSampler(leftCount: 3_000, rightCount: 2_000, seed: 11, sampleSize: 40_000) {
            sample.append([left[pair.left] == right[pair.right] ? 0 : 1])
        }
        let u = FellegiSunterModel.estimateU(from: sample)
        #expect(abs(u[0][0] - truth) <= 0.01)
    }
}
