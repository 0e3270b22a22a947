import BackboneCore

/// What stays with a child across years and shapes every export: how school comes to them,
/// how often they miss it, and the needs the district records.
struct StudentTraits {
    /// Standardized; drives readiness, test scores and college going.
    let ability: Double
    /// Relative strength in ELA and in math.
    let subjectOffsets: [Double]
    /// Standardized; drives absence.
    let absenceProneness: Double
    /// Chance in any year of free or reduced-price lunch eligibility.
    let lunchChance: Double

    init(identity: StudentIdentity, _ random: inout SplitMix64) {
        ability = random.normal()
        subjectOffsets = [random.normal(), random.normal()]
        absenceProneness = random.normal()
        lunchChance = min(0.95, max(0.05, identity.neighborhood.lunchRate + identity.heritage.lunchShift))
    }

    /// F (free), R (reduced-price) or N, drawn afresh as a family's income changes.
    func drawLunch(_ random: inout SplitMix64) -> Character {
        guard random.chance(lunchChance) else { return "N" }
        return random.chance(0.82) ? "F" : "R"
    }

    /// Whether a child is still learning English when first enrolled, in `grade`.
    static func startsAsEnglishLearner(language: String, grade: Int, _ random: inout SplitMix64) -> Bool {
        guard language != "English" else { return random.chance(0.005) }
        return random.chance(max(0.25, 0.8 - 0.05 * Double(grade)))
    }
}
