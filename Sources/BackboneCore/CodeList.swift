/// A closed vocabulary for a canonical field (race/ethnicity, sex, subject…), with labels for reports.
///
/// Codes follow CEDS and Ed-Fi meanings; exports map their own spellings onto them in the
/// pipeline file (`codes:`), so report labels never depend on a partner's spelling.
public struct CodeList: Hashable, Sendable {
    public let name: String
    public let codes: [String]
    public let labels: [String]

    public init(name: String, _ entries: [(code: String, label: String)]) {
        self.name = name
        self.codes = entries.map(\.code)
        self.labels = entries.map(\.label)
    }

    public func contains(_ code: String) -> Bool { codes.contains(code) }

    public func label(of code: String) -> String? {
        codes.firstIndex(of: code).map { labels[$0] }
    }

    public static func == (lhs: CodeList, rhs: CodeList) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension CodeList {
    /// Federal race/ethnicity, 7 categories (Hispanic/Latino of any race first).
    public static let raceEthnicity = CodeList(name: "race_ethnicity", [
        ("hispanic", "Hispanic or Latino"),
        ("american_indian", "American Indian or Alaska Native"),
        ("asian", "Asian"),
        ("black", "Black or African American"),
        ("pacific_islander", "Native Hawaiian or Other Pacific Islander"),
        ("white", "White"),
        ("two_or_more", "Two or more races"),
    ])

    public static let sex = CodeList(name: "sex", [
        ("female", "Female"),
        ("male", "Male"),
        ("not_selected", "Not selected"),
    ])

    public static let subject = CodeList(name: "subject", [
        ("ela", "English language arts"),
        ("math", "Mathematics"),
        ("science", "Science"),
        ("kindergarten_readiness", "Kindergarten readiness"),
    ])

    /// Why a student left a school; drives the adjusted cohort (removals vs. dropouts).
    public static let exitReason = CodeList(name: "exit_reason", [
        ("graduated", "Graduated with a regular diploma"),
        ("completed_other", "Completed otherwise (GED, certificate)"),
        ("transferred_out", "Transferred out"),
        ("dropped_out", "Dropped out"),
        ("deceased", "Deceased"),
        ("emigrated", "Emigrated"),
        ("juvenile_facility", "Transferred to a prison or juvenile facility"),
        ("promoted", "End of year, continuing"),
        ("other", "Other"),
    ])

    /// National Student Clearinghouse institution level.
    public static let collegeLevel = CodeList(name: "college_level", [
        ("four_year", "4-year"),
        ("two_year", "2-year"),
        ("less_than_two_year", "Less than 2-year"),
    ])

    public static let collegeControl = CodeList(name: "college_control", [
        ("public", "Public"),
        ("private", "Private"),
    ])

    /// National Student Clearinghouse enrollment status letters.
    public static let enrollmentStatus = CodeList(name: "enrollment_status", [
        ("F", "Full-time"),
        ("Q", "Three-quarter time"),
        ("H", "Half-time"),
        ("L", "Less than half-time"),
        ("W", "Withdrawn"),
        ("A", "Leave of absence"),
        ("D", "Deceased"),
    ])
}
