import Linkage
import Testing

@Suite struct EMEstimatorTests {
    let candidates = EMSyntheticPairs.vectors(pairs: 20_000, matchShare: EMSyntheticPairs.lambda, seed: 4)
    /// Random pairs: very nearly all non-matches.
    let randomPairs = EMSyntheticPairs.vectors(pairs: 50_000, matchShare: 0.0005, seed: 5)

    func start(u: [[Double]]) -> FellegiSunterModel {
        FellegiSunterModel(m: FellegiSunterModel.startingM(levelCounts: EMSyntheticPairs.levelCounts), u: u, lambda: 0.03)
    }

    @Test func uFromRandomPairsMatchesTheGeneratingU() {
        let u = FellegiSunterModel.estimateU(from: randomPairs)
        for (estimated, truth) in zip(u.joined(), EMSyntheticPairs.u.joined()) {
            #expect(abs(estimated - truth) <= 0.01)
        }
        for field in u { #expect(abs(field.reduce(0, +) - 1) < 1e-12) }
    }

    @Test func laplaceSmoothingGivesUnseenLevelsASmallU() {
        let sample = ComparisonVectors(levelCounts: [3], levels: [2, 2, 2, 1, -1])
        let expected: [[Double]] = [[1.0 / 7, 2.0 / 7, 4.0 / 7]]
        #expect(FellegiSunterModel.estimateU(from: sample, smoothing: 1) == expected)
    }

    @Test func recoversKnownMAndLambda() {
        let result = EMEstimator.fit(candidates, starting: start(u: FellegiSunterModel.estimateU(from: randomPairs)))
        #expect(result.converged)
        #expect(abs(result.model.lambda - EMSyntheticPairs.lambda) <= 0.01)
        for (estimated, truth) in zip(result.model.m.joined(), EMSyntheticPairs.m.joined()) {
            #expect(abs(estimated - truth) <= 0.02)
        }
    }

    @Test func aFixedLambdaStaysAtTheDeclaredPriorWhileMIsFitted() {
        let starting = FellegiSunterModel(
            m: FellegiSunterModel.startingM(levelCounts: EMSyntheticPairs.levelCounts), u: EMSyntheticPairs.u,
            lambda: EMSyntheticPairs.lambda)
        let result = EMEstimator.fit(candidates, starting: starting, settings: .init(fixLambda: true))
        #expect(result.converged)
        #expect(result.model.lambda == starting.lambda)
        for (estimated, truth) in zip(result.model.m.joined(), EMSyntheticPairs.m.joined()) {
            #expect(abs(estimated - truth) <= 0.02)
        }
    }

    @Test func sameBytesWhetherPairsAreCountedInOneChunkOrMany() {
        let start = start(u: EMSyntheticPairs.u)
        let oneChunk = ComparisonVectorPatterns(candidates, pairsPerChunk: candidates.pairCount)
        let manyChunks = ComparisonVectorPatterns(candidates, pairsPerChunk: 97)
        #expect(oneChunk == manyChunks)
        #expect(oneChunk.counts.reduce(0, +) == candidates.pairCount)
        let a = EMEstimator.fit(oneChunk, starting: start).model
        let b = EMEstimator.fit(manyChunks, starting: start).model
        #expect(Self.bits(a) == Self.bits(b))
    }

    @Test func reportsIterationsAndConvergence() {
        let start = start(u: EMSyntheticPairs.u)
        let stopped = EMEstimator.fit(candidates, starting: start, settings: .init(maxIterations: 2))
        #expect(!stopped.converged)
        #expect(stopped.iterations == 2)
        #expect(stopped.lastChange >= 1e-6)

        let converged = EMEstimator.fit(candidates, starting: start)
        #expect(converged.converged)
        #expect(converged.iterations > 2 && converged.iterations < 50)
        #expect(converged.lastChange < 1e-6)
        // Started from its own fit, EM stops after one update that moves nothing.
        let again = EMEstimator.fit(candidates, starting: converged.model)
        #expect(again.converged && again.iterations == 1)
    }

    @Test func aFieldMissingEverywhereKeepsItsStartingM() {
        let vectors = ComparisonVectors(levelCounts: [2, 2], levels: [0, -1, 1, -1, 0, -1, 1, -1])
        let start = FellegiSunterModel(m: [[0.9, 0.1], [0.7, 0.3]], u: [[0.2, 0.8], [0.5, 0.5]], lambda: 0.5)
        let result = EMEstimator.fit(vectors, starting: start)
        #expect(result.model.m[1] == start.m[1])
    }

    static func bits(_ model: FellegiSunterModel) -> [UInt64] {
        (Array(model.m.joined()) + Array(model.u.joined()) + [model.lambda]).map(\.bitPattern)
    }
}
