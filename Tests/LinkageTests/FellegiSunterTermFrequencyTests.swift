import Foundation
import Linkage
import Testing

@Suite struct FellegiSunterTermFrequencyTests {
    /// Field 0 (surname): exact level u = 0.2.
    let model = FellegiSunterModel(m: [[0.8, 0.2], [0.5, 0.5]], u: [[0.2, 0.8], [0.0625, 0.9375]], lambda: 0.2)
    let vectors = ComparisonVectors(levelCounts: [2, 2], levels: [0, 0, 0, 0, 0, 0, 0, 0])

    func frequencies() -> TermFrequencies {
        var tf = TermFrequencies(pairCount: 4, fieldCount: 2, adjustedFields: [0], minimumFrequency: 1e-4)
        tf.set(pair: 0, field: 0, frequency: 0.015625)  // a rare surname
        tf.set(pair: 1, field: 0, frequency: 0.5)  // a very common one
        tf.set(pair: 2, field: 0, frequency: 1e-7)  // below the bound
        return tf
    }

    @Test func rareAgreementsWeighMoreAndCommonOnesLess() {
        let tf = frequencies()
        let plain = model.weight(of: 3, in: vectors)
        #expect(model.weight(of: 3, in: vectors, termFrequencies: tf) == plain)
        let rare = model.weight(of: 0, in: vectors, termFrequencies: tf)
        let common = model.weight(of: 1, in: vectors, termFrequencies: tf)
        #expect(rare > plain && common < plain)
        #expect(abs(rare - plain - log2(0.2 / 0.015625)) < 1e-12)
        #expect(abs(common - plain - log2(0.4)) < 1e-12)
    }

    @Test func frequenciesAreBoundedBelow() {
        let tf = frequencies()
        #expect(tf.frequency(pair: 2, field: 0) == 1e-4)
        #expect(tf.frequency(pair: 3, field: 0) == nil)
        #expect(tf.frequency(pair: 0, field: 1) == nil)
        let bounded = model.weight(of: 2, in: vectors, termFrequencies: tf) - model.weight(of: 2, in: vectors)
        #expect(abs(bounded - log2(0.2 / 1e-4)) < 1e-12)
    }

    @Test func explanationShowsTheAdjustment() {
        let tf = frequencies()
        let explanation = model.explain(pair: 0, in: vectors, termFrequencies: tf)
        #expect(explanation.fields[0].levelWeight == 2)
        #expect(abs(explanation.fields[0].termFrequencyAdjustment - log2(0.2 / 0.015625)) < 1e-12)
        #expect(explanation.fields[1].termFrequencyAdjustment == 0)
        #expect(explanation.weight == model.weight(of: 0, in: vectors, termFrequencies: tf))
        #expect(model.weights(vectors, termFrequencies: tf, pairsPerChunk: 1)[0] == explanation.weight)
    }
}
