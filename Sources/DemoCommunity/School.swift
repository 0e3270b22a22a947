/// One Riverton school: the code the district's exports carry and the name partners write.
struct School: Sendable, Equatable {
    let code: String
    let name: String
    let grades: ClosedRange<Int>
}

/// Riverton Unified School District: five elementary schools (K–5), two middle schools (6–8)
/// and one high school (9–12). Each neighborhood feeds one elementary and one middle school.
enum RivertonSchools {
    static let elementary: [School] = [
        School(code: "101", name: "Northside Elementary School", grades: 0...5),
        School(code: "102", name: "Riverside Elementary School", grades: 0...5),
        School(code: "103", name: "Lincoln Elementary School", grades: 0...5),
        School(code: "104", name: "Oak Hill Elementary School", grades: 0...5),
        School(code: "105", name: "Maple Grove Elementary School", grades: 0...5),
    ]
    static let middle: [School] = [
        School(code: "201", name: "Washington Middle School", grades: 6...8),
        School(code: "202", name: "Cedar Ridge Middle School", grades: 6...8),
    ]
    static let high = School(code: "301", name: "Riverton High School", grades: 9...12)

    static let all: [School] = elementary + middle + [high]

    /// The school a child of `grade` in `neighborhood` attends.
    static func school(grade: Int, neighborhood: Neighborhood) -> School {
        switch grade {
        case ...5: return elementary[neighborhood.rawValue]
        case 6...8: return middle[neighborhood.middleSchool]
        default: return high
        }
    }

    /// Schools outside the district that community organizations also serve: private and
    /// charter schools, the neighboring district's, and home schooling.
    static let outside: [School] = [
        School(code: "", name: "St. Mary's Catholic School", grades: 0...8),
        School(code: "", name: "Riverton Christian Academy", grades: 0...12),
        School(code: "", name: "Bright Horizons Charter School", grades: 0...8),
        School(code: "", name: "Fairview Elementary (Fairfield SD)", grades: 0...5),
        School(code: "", name: "Fairfield Middle School", grades: 6...8),
        School(code: "", name: "Fairfield High School", grades: 9...12),
        School(code: "", name: "Home school", grades: 0...12),
    ]
}
