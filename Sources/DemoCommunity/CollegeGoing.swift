import BackboneCore

/// Whether and where a Riverton graduate goes to college, term by term, until the
/// Clearinghouse's data end (spring 2026).
enum CollegeGoing {
    static let dataEnd = CalendarDate.dayNumber(year: 2026, month: 5, day: 31)!

    static func records(
        graduated: Int32, traits: StudentTraits, lowIncome: Bool, disability: Bool, englishLearner: Bool,
        mentored: Bool, _ random: inout SplitMix64
    ) -> [CollegeRecord] {
        let graduationYear = CalendarDate.civil(graduated).year
        var fall = 0.67 + 0.14 * traits.ability - (lowIncome ? 0.09 : 0) - (englishLearner ? 0.06 : 0)
        fall += (disability ? -0.1 : 0) + (mentored ? 0.06 : 0)
        var term: Int
        if random.chance(fall) {
            term = 0
        } else if random.chance(0.2) {
            term = random.chance(0.5) ? 1 : 2
        } else {
            return []
        }
        let fourYear = 0.5 + 0.2 * traits.ability - (lowIncome ? 0.12 : 0)
        var college = random.chance(fourYear) ? College.fourYear.pick(&random)
            : random.chance(0.92) ? College.twoYear.pick(&random) : College.lessThanTwoYear.pick(&random)
        var sequence = 1
        var completed = 0
        var rows: [CollegeRecord] = []
        while true {
            let (begin, end) = termDates(graduationYear: graduationYear, term: term, college: college)
            guard end <= dataEnd else { break }
            let span = CollegeRecord.Kind.enrollment(begin: begin, end: end, status: status(college, &random))
            rows.append(CollegeRecord(college: college, sequence: sequence, kind: span))
            completed += 1
            let spring = term % 2 == 1
            if let degree = degree(college: college, completed: completed, spring: spring, &random) {
                let award = CollegeRecord.Kind.degree(date: end + 7, title: degree.title, major: degree.major)
                rows.append(CollegeRecord(college: college, sequence: sequence, kind: award))
                guard college.level == "2" && random.chance(0.4) else { break }
                college = College.fourYear.pick(&random)
                sequence += 1
                completed = 0
            } else if college.level == "2" && spring && completed >= 2 && random.chance(0.08) {
                college = College.fourYear.pick(&random)
                sequence += 1
                completed = 0
            }
            if !random.chance(persistence(college, lowIncome: lowIncome)) {
                guard random.chance(0.25) else { break }
                term += 1
            }
            term += 1
        }
        return rows
    }

    /// Term 0 is the fall after high school, term 1 the spring after it, and so on.
    static func termDates(graduationYear: Int, term: Int, college: College) -> (Int32, Int32) {
        let year = graduationYear + (term + 1) / 2
        if term % 2 == 0 {
            return (CalendarDate.dayNumber(year: year, month: 8, day: 21)! + college.calendarOffset,
                    CalendarDate.dayNumber(year: year, month: 12, day: 10)! + college.calendarOffset)
        }
        return (CalendarDate.dayNumber(year: year, month: 1, day: 9)! + college.calendarOffset,
                CalendarDate.dayNumber(year: year, month: 5, day: 6)! + college.calendarOffset)
    }

    /// The chance of enrolling again next term.
    private static func persistence(_ college: College, lowIncome: Bool) -> Double {
        switch college.level {
        case "4": return 0.93 - (lowIncome ? 0.04 : 0)
        case "2": return 0.8 - (lowIncome ? 0.05 : 0)
        default: return 0.7
        }
    }

    private static func status(_ college: College, _ random: inout SplitMix64) -> Character {
        let u = random.unit()
        switch college.level {
        case "4": return u < 0.9 ? "F" : u < 0.95 ? "Q" : "H"
        case "2": return u < 0.55 ? "F" : u < 0.65 ? "Q" : u < 0.88 ? "H" : "L"
        default: return u < 0.8 ? "F" : "H"
        }
    }

    private static func degree(
        college: College, completed: Int, spring: Bool, _ random: inout SplitMix64
    ) -> (title: String, major: String)? {
        switch college.level {
        case "4" where spring && completed >= 8 && random.chance(0.75):
            return (random.pick(["BACHELOR OF ARTS", "BACHELOR OF SCIENCE"]),
                    random.pick(["BUSINESS ADMINISTRATION", "NURSING", "PSYCHOLOGY", "BIOLOGY", "EDUCATION",
                                 "COMPUTER SCIENCE", "ENGLISH"]))
        case "2" where spring && completed >= 4 && random.chance(0.35):
            return (random.pick(["ASSOCIATE OF ARTS", "ASSOCIATE OF SCIENCE", "ASSOCIATE OF APPLIED SCIENCE"]),
                    random.pick(["LIBERAL ARTS", "NURSING", "CRIMINAL JUSTICE", "BUSINESS", "INFORMATION TECHNOLOGY"]))
        case "L" where completed >= 2 && random.chance(0.6):
            return ("CERTIFICATE", college.name.contains("BEAUTY") ? "COSMETOLOGY" : "WELDING TECHNOLOGY")
        default:
            return nil
        }
    }
}
