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

    static let fourYear = WeightedChoice<College>([
        (College(code: "003101-00", name: "GREAT RIVER STATE UNIVERSITY", state: "OH", level: "4", control: "Public", calendarOffset: 0), 40),
        (College(code: "003145-00", name: "UNIVERSITY OF THE NORTH COAST", state: "OH", level: "4", control: "Public", calendarOffset: 3), 20),
        (College(code: "003172-00", name: "OHIO VALLEY STATE UNIVERSITY", state: "OH", level: "4", control: "Public", calendarOffset: 1), 15),
        (College(code: "003190-00", name: "MIDLAND STATE UNIVERSITY", state: "IN", level: "4", control: "Public", calendarOffset: 2), 6),
        (College(code: "003055-00", name: "ST. AUGUSTINE COLLEGE", state: "OH", level: "4", control: "Private", calendarOffset: 4), 8),
        (College(code: "003063-00", name: "HOLLIS COLLEGE", state: "OH", level: "4", control: "Private", calendarOffset: 2), 6),
        (College(code: "003321-00", name: "BRENTWOOD UNIVERSITY", state: "PA", level: "4", control: "Private", calendarOffset: 5), 5),
    ])

    static let twoYear = WeightedChoice<College>([
        (College(code: "008801-00", name: "RIVERTON COMMUNITY COLLEGE", state: "OH", level: "2", control: "Public", calendarOffset: 1), 70),
        (College(code: "008832-00", name: "TRI-COUNTY TECHNICAL COLLEGE", state: "OH", level: "2", control: "Public", calendarOffset: 3), 20),
        (College(code: "008857-00", name: "LAKESHORE COMMUNITY COLLEGE", state: "OH", level: "2", control: "Public", calendarOffset: 0), 10),
    ])

    static let lessThanTwoYear = WeightedChoice<College>([
        (College(code: "041207-00", name: "RIVERTON BEAUTY ACADEMY", state: "OH", level: "L", control: "Private", calendarOffset: 6), 1),
        (College(code: "042310-00", name: "GREAT LAKES WELDING INSTITUTE", state: "OH", level: "L", control: "Private", calendarOffset: 4), 1),
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
