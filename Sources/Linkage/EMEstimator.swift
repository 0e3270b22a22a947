import BackboneCore

/// Fits a Fellegi–Sunter model's m-probabilities and λ to unlabelled candidate pairs with
/// expectation–maximisation.
///
/// The E-step gives each pair its posterior match probability p under the current model;
/// the M-step sets `m[field][level] = Σ p·[level] / Σ p` over pairs whose field is not
/// missing, and `λ = mean p` (unless λ is held at a declared prior). u stays as estimated
/// from random pairs, which also anchors which of the two classes is the matches. EM fits levels only: term-frequency adjustments
/// apply when scoring, as in Splink. Pairs sharing a comparison vector share p, so the
/// sums run over distinct vectors weighted by their counts, in parallel over fixed blocks
/// of vectors combined in block order: the result is the same bytes at any thread count.
public enum EMEstimator {
    public struct Settings: Sendable {
        public var maxIterations: Int
        /// Stop once no m or λ moves by this much in an iteration.
        public var tolerance: Double
        /// Keep λ at its starting value (a declared prior) instead of fitting it: with few
        /// informative fields left, a free λ can drift to "every pair matches".
        public var fixLambda: Bool

        public init(maxIterations: Int = 50, tolerance: Double = 1e-6, fixLambda: Bool = false) {
            self.maxIterations = maxIterations
            self.tolerance = tolerance
            self.fixLambda = fixLambda
        }
    }

    public struct Result: Sendable, Equatable {
        public let model: FellegiSunterModel
        /// EM updates made.
        public let iterations: Int
        /// Whether the last update moved every parameter by less than the tolerance.
        public let converged: Bool
        /// The largest change of any m, u or λ in the last update.
        public let lastChange: Double
    }

    /// Distinct vectors summed by one parallel task.
    static let patternsPerBlock = 4096

    public static func fit(_ vectors: ComparisonVectors, starting model: FellegiSunterModel, settings: Settings = .init()) -> Result {
        fit(ComparisonVectorPatterns(vectors), starting: model, settings: settings)
    }

    public static func fit(_ patterns: ComparisonVectorPatterns, starting model: FellegiSunterModel, settings: Settings = .init()) -> Result {
        precondition(patterns.levelCounts == model.levelCounts, "the model and the vectors need the same fields and levels")
        precondition(patterns.pairCount > 0, "EM needs candidate pairs")
        precondition(settings.maxIterations > 0, "EM needs at least one iteration")
        var model = model
        var change = Double.infinity
        for iteration in 1...settings.maxIterations {
            let next = update(model, patterns, fixLambda: settings.fixLambda)
            change = largestChange(from: model, to: next)
            model = next
            if change < settings.tolerance {
                return Result(model: model, iterations: iteration, converged: true, lastChange: change)
            }
        }
        return Result(model: model, iterations: settings.maxIterations, converged: false, lastChange: change)
    }

    /// One E-step and M-step.
    static func update(
        _ model: FellegiSunterModel, _ patterns: ComparisonVectorPatterns, fixLambda: Bool
    ) -> FellegiSunterModel {
        let blockCount = (patterns.patternCount + patternsPerBlock - 1) / patternsPerBlock
        let blocks = Parallel.map(blockCount) { block in
            EMSums(model, patterns, patterns: block * patternsPerBlock..<min(patterns.patternCount, (block + 1) * patternsPerBlock))
        }
        var sums = EMSums(levelCounts: model.levelCounts)
        for block in blocks { sums.add(block) }
        let m = sums.shares(of: sums.matchByLevel, otherwise: model.m)
        return FellegiSunterModel(m: m, u: model.u, lambda: fixLambda ? model.lambda : sums.matches / Double(patterns.pairCount))
    }

    static func largestChange(from old: FellegiSunterModel, to new: FellegiSunterModel) -> Double {
        var change = abs(new.lambda - old.lambda)
        for (oldField, newField) in zip(old.m + old.u, new.m + new.u) {
            for (a, b) in zip(oldField, newField) { change = max(change, abs(a - b)) }
        }
        return change
    }
}
