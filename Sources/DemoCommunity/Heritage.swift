import BackboneCore

/// A family's background, which shapes the names, home language and race codes the district
/// records, and (through the opportunity gaps Riverton's data show) some outcomes.
enum Heritage: Int, CaseIterable, Sendable {
    case white, black, eastAfrican, hispanic, vietnamese, chinese, korean, southAsian, hmong, filipino
    case nativeAmerican, pacificIslander, multiracial

    var isHispanic: Bool { self == .hispanic }

    /// The single PowerSchool race code the district stores (M marks two or more races).
    func raceCode(_ random: inout SplitMix64) -> String {
        switch self {
        case .white: return "W"
        case .black, .eastAfrican: return "B"
        case .vietnamese, .chinese, .korean, .southAsian, .hmong, .filipino: return "A"
        case .nativeAmerican: return "I"
        case .pacificIslander: return "P"
        case .multiracial: return "M"
        case .hispanic: return HeritageTables.hispanicRace.pick(&random)
        }
    }

    /// Share of children given a name from the heritage list rather than the general one.
    var heritageNameShare: Double {
        switch self {
        case .white: return 0
        case .black: return 0.35
        case .hispanic: return 0.6
        case .eastAfrican: return 0.9
        case .vietnamese, .chinese, .korean, .hmong: return 0.45
        case .southAsian: return 0.7
        case .filipino, .nativeAmerican, .pacificIslander: return 0.3
        case .multiracial: return 0.1
        }
    }

    func heritageGivenNames(female: Bool) -> WeightedChoice<String>? {
        HeritageTables.givenNames[rawValue].map { female ? $0.girls : $0.boys }
    }

    var surnames: WeightedChoice<String> { HeritageTables.surnames[rawValue] }

    var homeLanguages: WeightedChoice<String> { HeritageTables.homeLanguages[rawValue] }

    /// Shift of the expected free/reduced lunch rate against the neighborhood's.
    var lunchShift: Double {
        switch self {
        case .white: return -0.12
        case .black: return 0.15
        case .eastAfrican: return 0.25
        case .hispanic: return 0.12
        case .vietnamese, .filipino: return 0.0
        case .chinese, .korean, .southAsian: return -0.15
        case .hmong: return 0.15
        case .nativeAmerican: return 0.15
        case .pacificIslander: return 0.1
        case .multiracial: return 0.0
        }
    }

    /// Opportunity gap in standard deviations of the state assessment, beyond what income,
    /// language and disability explain (the residual gaps state report cards show).
    var assessmentShift: Double {
        switch self {
        case .white: return 0.08
        case .black: return -0.18
        case .eastAfrican: return -0.12
        case .hispanic: return -0.1
        case .vietnamese: return 0.1
        case .chinese, .korean, .southAsian: return 0.3
        case .hmong: return -0.1
        case .filipino: return 0.05
        case .nativeAmerican: return -0.2
        case .pacificIslander: return -0.12
        case .multiracial: return 0
        }
    }
}

/// The weighted lists behind `Heritage`, built once.
enum HeritageTables {
    struct NamePair: Sendable {
        let boys: WeightedChoice<String>
        let girls: WeightedChoice<String>
    }

    static let hispanicRace = WeightedChoice<String>([("W", 70), ("M", 12), ("I", 8), ("B", 6), ("A", 2), ("P", 2)])

    static let givenNames: [NamePair?] = Heritage.allCases.map { heritage in
        let lists: ([String], [String])?
        switch heritage {
        case .white, .multiracial: lists = nil
        case .black: lists = (GivenNames.blackBoys, GivenNames.blackGirls)
        case .eastAfrican: lists = (GivenNames.eastAfricanBoys, GivenNames.eastAfricanGirls)
        case .hispanic: lists = (GivenNames.hispanicBoys, GivenNames.hispanicGirls)
        case .vietnamese: lists = (GivenNames.vietnameseBoys, GivenNames.vietnameseGirls)
        case .chinese: lists = (GivenNames.chineseBoys, GivenNames.chineseGirls)
        case .korean: lists = (GivenNames.koreanBoys, GivenNames.koreanGirls)
        case .southAsian: lists = (GivenNames.southAsianBoys, GivenNames.southAsianGirls)
        case .hmong: lists = (GivenNames.hmongBoys, GivenNames.hmongGirls)
        case .filipino: lists = (GivenNames.filipinoBoys, GivenNames.filipinoGirls)
        case .nativeAmerican: lists = (GivenNames.nativeBoys, GivenNames.nativeGirls)
        case .pacificIslander: lists = (GivenNames.pacificBoys, GivenNames.pacificGirls)
        }
        return lists.map { NamePair(boys: WeightedChoice(byPopularity: $0.0), girls: WeightedChoice(byPopularity: $0.1)) }
    }

    static let generalBoys = WeightedChoice(byPopularity: GivenNames.boys, offset: 8)
    static let generalGirls = WeightedChoice(byPopularity: GivenNames.girls, offset: 8)

    static let surnames: [WeightedChoice<String>] = Heritage.allCases.map { heritage in
        switch heritage {
        case .white: return WeightedChoice(byPopularity: Surnames.general, offset: 10)
        case .black: return WeightedChoice(byPopularity: Surnames.black, offset: 6)
        case .eastAfrican: return WeightedChoice(byPopularity: Surnames.eastAfrican)
        case .hispanic: return WeightedChoice(byPopularity: Surnames.hispanic, offset: 8)
        case .vietnamese: return WeightedChoice(byPopularity: Surnames.vietnamese, offset: 1)
        case .chinese: return WeightedChoice(byPopularity: Surnames.chinese)
        case .korean: return WeightedChoice(byPopularity: Surnames.korean, offset: 1)
        case .southAsian: return WeightedChoice(byPopularity: Surnames.southAsian)
        case .hmong: return WeightedChoice(byPopularity: Surnames.hmong, offset: 2)
        case .filipino: return WeightedChoice(byPopularity: Surnames.filipino)
        case .nativeAmerican: return WeightedChoice(byPopularity: Surnames.nativeAmerican)
        case .pacificIslander: return WeightedChoice(byPopularity: Surnames.pacificIslander)
        case .multiracial: return WeightedChoice(byPopularity: Surnames.general + Surnames.black + Surnames.hispanic, offset: 20)
        }
    }

    static let homeLanguages: [WeightedChoice<String>] = Heritage.allCases.map { heritage in
        switch heritage {
        case .white: return WeightedChoice([("English", 96), ("Russian", 2), ("Ukrainian", 1), ("Bosnian", 1)])
        case .black: return WeightedChoice([("English", 97), ("French", 2), ("Haitian Creole", 1)])
        case .eastAfrican: return WeightedChoice([("Somali", 62), ("Arabic", 16), ("English", 22)])
        case .hispanic: return WeightedChoice([("Spanish", 52), ("English", 48)])
        case .vietnamese: return WeightedChoice([("Vietnamese", 58), ("English", 42)])
        case .chinese: return WeightedChoice([("Mandarin", 40), ("Cantonese", 15), ("English", 45)])
        case .korean: return WeightedChoice([("Korean", 45), ("English", 55)])
        case .southAsian:
            return WeightedChoice([("Hindi", 20), ("Gujarati", 18), ("Punjabi", 14), ("Telugu", 10), ("English", 38)])
        case .hmong: return WeightedChoice([("Hmong", 60), ("English", 40)])
        case .filipino: return WeightedChoice([("Tagalog", 28), ("English", 72)])
        case .nativeAmerican: return WeightedChoice([("English", 94), ("Navajo", 6)])
        case .pacificIslander: return WeightedChoice([("Samoan", 20), ("Tongan", 18), ("English", 62)])
        case .multiracial: return WeightedChoice([("English", 95), ("Spanish", 5)])
        }
    }
}
