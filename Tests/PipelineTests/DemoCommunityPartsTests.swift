@testable import DemoCommunity
import BackboneCore
import Testing

/// The generator's building blocks: the random stream, the school calendar, the code page.
@Suite struct DemoCommunityPartsTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference values of SplitMix64 started from state 0 (Vigna's splitmix64.c).
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRange() {
        var random = SplitMix64(seed: 42, 1)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = random.below(7)
            #expect((0..<7).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
    }

    @Test func aSchoolYearHas180InstructionalDaysFromAMondayToAFriday() {
        for year in RivertonYears.all {
            let calendar = SchoolCalendar(year: year)
            #expect(SchoolCalendar.weekday(calendar.firstDay) == 0)
            #expect(SchoolCalendar.weekday(calendar.lastDay) == 4)
            #expect(calendar.instructionalDays(from: calendar.firstDay, through: calendar.lastDay) == 180)
        }
        let first = SchoolCalendar(year: 2022).firstDay
        #expect(CalendarDate.iso(first) == "2021-08-23")
    }

    @Test func everyNameAndProgramFitsWindows1252() {
        let lists = [
            GivenNames.boys, GivenNames.girls, GivenNames.hispanicBoys, GivenNames.hispanicGirls, GivenNames.blackBoys,
            GivenNames.blackGirls, GivenNames.eastAfricanBoys, GivenNames.eastAfricanGirls, GivenNames.vietnameseBoys,
            GivenNames.vietnameseGirls, GivenNames.chineseBoys, GivenNames.chineseGirls, GivenNames.koreanBoys,
            GivenNames.koreanGirls, GivenNames.southAsianBoys, GivenNames.southAsianGirls, GivenNames.hmongBoys,
            GivenNames.hmongGirls, GivenNames.filipinoBoys, GivenNames.filipinoGirls, GivenNames.nativeBoys,
            GivenNames.nativeGirls, GivenNames.pacificBoys, GivenNames.pacificGirls, Surnames.general, Surnames.black,
            Surnames.hispanic, Surnames.eastAfrican, Surnames.vietnamese, Surnames.chinese, Surnames.korean,
            Surnames.southAsian, Surnames.hmong, Surnames.filipino, Surnames.nativeAmerican, Surnames.pacificIslander,
            Nicknames.byGivenName.values.flatMap { $0 },
            CommunityPartner.allCases.flatMap { $0.programs.map(\.name) },
        ]
        for name in lists.joined() {
            #expect(Windows1252.canEncode(name), "\(name) cannot be written in Windows-1252")
        }
        #expect(Windows1252.encode("“Niños” café’s") == [0x93, 0x4E, 0x69, 0xF1, 0x6F, 0x73, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x92, 0x73])
    }

    @Test func aTypoIsOneEditAwayAndKeepsTheFirstLetter() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let typo = Typo.apply("Hernandez", &random)
            #expect(typo != "Hernandez")
            #expect(typo.first == "H")
            #expect(abs(typo.count - 9) <= 1)
        }
    }
}
