import Foundation
import Linkage
import Testing

@Suite struct FellegiSunterModelTests {
    /// Level weights log2(m/u): field 0 → [2, −2], field 1 → [3, log2(8/15)]; prior log2(0.25) = −2.
    let model = FellegiSunterModel(m: [[0.8, 0.2], [0.5, 0.5]], u: [[0.2, 0.8], [0.0625, 0.9375]], lambda: 0.2)
    let vectors = ComparisonVectors(levelCounts: [2, 2], levels: [0, 0, 0, -1, -1, -1, 1, 1])

    @Test func weightsAndProbabilitiesOnHandComputedPairs() {
        let expected: [(weight: Double, probability: Double)] = [
            (3, 8.0 / 9), (0, 0.5), (-2, 0.2), (log2(1.0 / 30), 1.0 / 31),
        ]
        for (pair, (weight, probability)) in expected.enumerated() {
            let w = model.weight(of: pair, in: vectors)
            #expect(abs(w - weight) < 1e-12)
            #expect(abs(FellegiSunterModel.probability(weight: w) - probability) < 1e-12)
        }
    }

    @Test func thresholdWeightsInvertTheProbability() {
        #expect(FellegiSunterModel.weight(probability: 0.5) == 0)
        #expect(abs(FellegiSunterModel.weight(probability: 0.95) - log2(19)) < 1e-12)
        for p in [0.01, 0.3, 0.8, 0.999] {
            #expect(abs(FellegiSunterModel.probability(weight: FellegiSunterModel.weight(probability: p)) - p) < 1e-12)
        }
        let bound = FellegiSunterModel.probabilityBound
        #expect(abs(FellegiSunterModel.weight(probability: 1) - log2((1 - bound) / bound)) < 1e-9, "a 100% threshold has a finite weight")
    }

    @Test func levelTotalsCountPairsPerLevelLeavingMissingOut() {
        #expect(vectors.levelTotals() == [[2, 1], [1, 1]])
    }

    @Test func missingLevelsAreNeutral() {
        #expect(model.weight(of: 1, in: vectors) == model.priorWeight + model.levelWeights[0][0])
        #expect(model.weight(of: 2, in: vectors) == model.priorWeight)
        #expect(FellegiSunterModel.probability(weight: model.weight(of: 2, in: vectors)) == model.lambda)
        let explanation = model.explain(pair: 1, in: vectors)
        #expect(explanation.fields[1].level == ComparisonVectors.missing)
        #expect(explanation.fields[1].contribution == 0)
    }

    @Test func probabilitiesAreBoundedSoWeightsStayFinite() {
        let certain = FellegiSunterModel(m: [[1, 0]], u: [[0, 1]], lambda: 1)
        #expect(certain.m == [[1 - 1e-6, 1e-6]])
        #expect(certain.lambda == 1 - 1e-6)
        #expect(certain.levelWeights[0][0] == log2((1 - 1e-6) / 1e-6))
        #expect(certain.levelWeights.joined().allSatisfy(\.isFinite) && certain.priorWeight.isFinite)
        #expect(FellegiSunterModel.probability(weight: 5000) == 1)
        #expect(FellegiSunterModel.probability(weight: -5000) == 0)
    }

    @Test func explanationAddsUpToTheWeightExactly() {
        for pair in 0..<vectors.pairCount {
            let explanation = model.explain(pair: pair, in: vectors)
            #expect(explanation.weight == model.weight(of: pair, in: vectors))
            #expect(explanation.priorWeight == -2)
            #expect(explanation.fields.map(\.level) == [vectors[pair, 0], vectors[pair, 1]])
        }
        let both = model.explain(pair: 0, in: vectors)
        #expect(both.fields.map(\.contribution) == [2, 3])
        #expect(abs(both.probability - 8.0 / 9) < 1e-12)
    }

    @Test func parallelWeightsEqualOneByOneWeights() {
        let one = (0..<vectors.pairCount).map { model.weight(of: $0, in: vectors) }
        #expect(model.weights(vectors, pairsPerChunk: 3) == one)
        #expect(model.weights(vectors) == one)
    }

    @Test func startingMFallsOverLevels() {
        let m = FellegiSunterModel.startingM(levelCounts: [3, 2, 1])
        #expect(m[0][0] == 0.9 && abs(m[0][1] - 0.1 * 2 / 3) < 1e-15 && abs(m[0][2] - 0.1 / 3) < 1e-15)
        #expect(m[1][0] == 0.9 && abs(m[1][1] - 0.1) < 1e-15)
        #expect(m[2] == [1])
    }

    @Test func priorFromTheDeclaredRecordMatchShare() {
        let lambda = FellegiSunterModel.prior(recordMatchShare: 0.8, records: 500, candidatePairs: 10_000)
        #expect(abs(lambda - 0.04) < 1e-15)
    }
}
