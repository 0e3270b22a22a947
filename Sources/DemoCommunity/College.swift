/// A college as the National Student Clearinghouse names it. All are fictional.
struct College: Sendable {
    let code: String
    let name: String
    let state: String
    /// NSC's 2-YEAR/4-YEAR value: "4", "2" or "L" (less than 2-year).
    let level: String
    let control: String
    /// Days this college's terms start after the common calendar.
    let calendarOffset: Int32

    init(_ code: String, _ name: String, _ state: String, _ level: String, _ control: String, _ calendarOffset: Int32) {
        (self.code, self.name, self.state, self.level, self.control) = (code, name, state, level, control)
        self.calendarOffset = calendarOffset
    }

    static let fourYear = WeightedChoice<College>([
        (College("003101-00", "GREAT RIVER STATE UNIVERSITY", "OH", "4", "Public", 0), 40),
        (College("003145-00", "UNIVERSITY OF THE NORTH COAST", "OH", "4", "Public", 3), 20),
        (College("003172-00", "OHIO VALLEY STATE UNIVERSITY", "OH", "4", "Public", 1), 15),
        (College("003190-00", "MIDLAND STATE UNIVERSITY", "IN", "4", "Public", 2), 6),
        (College("003055-00", "ST. AUGUSTINE COLLEGE", "OH", "4", "Private", 4), 8),
        (College("003063-00", "HOLLIS COLLEGE", "OH", "4", "Private", 2), 6),
        (College("003321-00", "BRENTWOOD UNIVERSITY", "PA", "4", "Private", 5), 5),
    ])

    static let twoYear = WeightedChoice<College>([
        (College("008801-00", "RIVERTON COMMUNITY COLLEGE", "OH", "2", "Public", 1), 70),
        (College("008832-00", "TRI-COUNTY TECHNICAL COLLEGE", "OH", "2", "Public", 3), 20),
        (College("008857-00", "LAKESHORE COMMUNITY COLLEGE", "OH", "2", "Public", 0), 10),
    ])

    static let lessThanTwoYear = WeightedChoice<College>([
        (College("041207-00", "RIVERTON BEAUTY ACADEMY", "OH", "L", "Private", 6), 1),
        (College("042310-00", "GREAT LAKES WELDING INSTITUTE", "OH", "L", "Private", 4), 1),
    ])
}

/// One row of the Clearinghouse return for a graduate: an enrollment span or a degree.
struct CollegeRecord {
    enum Kind {
        /// ENROLLMENT_STATUS: F, Q, H or L.
        case enrollment(begin: Int32, end: Int32, status: Character)
        case degree(date: Int32, title: String, major: String)
    }

    let college: College
    let sequence: Int
    let kind: Kind
}
