import BackboneCore

/// How results on the state test and the kindergarten-entry assessment are drawn.
///
/// Each result is a standardized score built from the child's lasting ability, that year's
/// circumstances (income, English learning, disability, housing, absence) and the academic
/// hours of community programs that year; the heritage term carries the residual
/// opportunity gaps that state report cards show.
enum Achievement {
    /// Scale-score cut for "proficient" (level 3) in `grade`; the scale rises 40 points a grade.
    static func proficientCut(grade: Int) -> Int { 2400 + 40 * (grade - 3) }

    static func level(scaleScore: Int, grade: Int) -> Int {
        let cut = proficientCut(grade: grade)
        if scaleScore >= cut + 80 { return 4 }
        if scaleScore >= cut { return 3 }
        if scaleScore >= cut - 60 { return 2 }
        return 1
    }

    struct Circumstances {
        let lowIncome: Bool
        let englishLearner: Bool
        let disability: Bool
        let homeless: Bool
        let absenceRate: Double
        let academicHours: Double
    }

    static func scaleScore(
        subject: TestSubject, grade: Int, traits: StudentTraits, heritage: Heritage, _ c: Circumstances,
        _ random: inout SplitMix64
    ) -> Int {
        var z = 0.22 + 0.8 * traits.ability + 0.35 * traits.subjectOffsets[subject.rawValue] + 0.3 * random.normal()
        z += needs(c) + heritage.assessmentShift
        z -= 1.2 * (c.absenceRate - 0.05)
        z += 0.0022 * min(c.academicHours, 200)
        let cut = proficientCut(grade: grade)
        let score = cut + Int((80 * z).rounded())
        return min(cut + 280, max(cut - 280, score))
    }

    /// Domain scores (language, literacy, math, social-emotional, 0–100) and the overall result.
    static func readiness(
        traits: StudentTraits, heritage: Heritage, _ c: Circumstances, _ random: inout SplitMix64
    ) -> ([Int], ReadinessResult) {
        let z = 0.42 + 0.7 * traits.ability + 0.5 * random.normal() + needs(c) + 0.5 * heritage.assessmentShift
        let scores = (0..<4).map { _ in min(99, max(5, 60 + Int((12 * (z + 0.55 * random.normal())).rounded()))) }
        let mean = scores.reduce(0, +) / scores.count
        let result: ReadinessResult = mean >= 62 ? .demonstrating : mean >= 53 ? .approaching : .emerging
        return (scores, result)
    }

    private static func needs(_ c: Circumstances) -> Double {
        var shift = 0.0
        if c.lowIncome { shift -= 0.25 }
        if c.englishLearner { shift -= 0.45 }
        if c.disability { shift -= 0.6 }
        if c.homeless { shift -= 0.15 }
        return shift
    }

    /// The share of enrolled days a student misses in a year.
    static func absenceRate(
        traits: StudentTraits, grade: Int, lowIncome: Bool, homeless: Bool, disability: Bool,
        _ random: inout SplitMix64
    ) -> Double {
        var rate = 0.037 + 0.03 * traits.absenceProneness + 0.02 * random.normal()
        if lowIncome { rate += 0.025 }
        if homeless { rate += 0.05 }
        if disability { rate += 0.01 }
        if grade == 0 { rate += 0.01 }
        if grade >= 9 { rate += 0.015 }
        if grade == 12 { rate += 0.01 }
        if random.chance(0.04) { rate += 0.08 + 0.12 * random.unit() }
        return min(0.6, max(0, rate))
    }
}
