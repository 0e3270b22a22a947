/// How a child first came into Riverton's schools: already enrolled when the five years
/// begin, starting kindergarten in a later year, or moving in (at the start of a year or
/// during it).
struct StudentOrigin: Hashable, Sendable {
    let year: Int
    let grade: Int
    let midYear: Bool

    /// Relative numbers of each kind of arrival; one grade of the district is about 1,000.
    static let table: WeightedChoice<StudentOrigin> = {
        var entries: [(StudentOrigin, Int)] = []
        let firstYear = RivertonYears.all.lowerBound
        for grade in 0...12 {
            let size = [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1020, 980, 950, 930][grade]
            entries.append((StudentOrigin(year: firstYear, grade: grade, midYear: false), size))
            entries.append((StudentOrigin(year: firstYear, grade: grade, midYear: true), 24))
        }
        for year in RivertonYears.all.dropFirst() {
            entries.append((StudentOrigin(year: year, grade: 0, midYear: false), 1000))
            for grade in 0...12 {
                entries.append((StudentOrigin(year: year, grade: grade, midYear: false), grade == 0 ? 20 : 36))
                entries.append((StudentOrigin(year: year, grade: grade, midYear: true), grade == 12 ? 10 : 24))
            }
        }
        return WeightedChoice(entries)
    }()

    /// District numbers are handed out as children arrive: by year, start-of-year arrivals
    /// before mid-year ones, older children first.
    static func numberingOrder(_ a: StudentOrigin, _ b: StudentOrigin) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.midYear != b.midYear { return !a.midYear }
        return a.grade > b.grade
    }
}

/// The five school years the demo covers, named by their ending year (2022 is 2021–22).
enum RivertonYears {
    static let all = 2022...2026
    static let calendars: [SchoolCalendar] = all.map { SchoolCalendar(year: $0) }

    static func calendar(_ year: Int) -> SchoolCalendar {
        calendars[year - all.lowerBound]
    }
}
