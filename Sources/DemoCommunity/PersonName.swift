import BackboneCore

/// A legal name as the district records it.
struct PersonName {
    let first: String
    let middle: String
    let last: String

    static func draw(heritage: Heritage, female: Bool, _ random: inout SplitMix64) -> PersonName {
        let first = givenName(heritage: heritage, female: female, &random)
        var middle = ""
        if random.chance(0.78) {
            if heritage == .vietnamese {
                middle = random.pick(female ? GivenNames.vietnameseMiddleGirls : GivenNames.vietnameseMiddleBoys)
            } else {
                middle = givenName(heritage: heritage, female: female, &random)
                if middle == first { middle = "" }
            }
        }
        var last = heritage.surnames.pick(&random)
        let hyphenated = heritage == .hispanic ? 0.10 : 0.025
        if random.chance(hyphenated) {
            let second = heritage.surnames.pick(&random)
            if second != last && !second.contains(" ") && !last.contains(" ") { last += "-" + second }
        }
        // Some families' accents are lost by the district's system at enrollment.
        let keepsAccents = random.chance(0.65)
        return PersonName(
            first: keepsAccents ? first : Accents.strip(first),
            middle: keepsAccents ? middle : Accents.strip(middle),
            last: keepsAccents ? last : Accents.strip(last))
    }

    static func givenName(heritage: Heritage, female: Bool, _ random: inout SplitMix64) -> String {
        if random.chance(heritage.heritageNameShare), let list = heritage.heritageGivenNames(female: female) {
            return list.pick(&random)
        }
        return (female ? HeritageTables.generalGirls : HeritageTables.generalBoys).pick(&random)
    }
}
