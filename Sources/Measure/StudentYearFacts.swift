import BackboneCore

/// Everything known about each student in each school year, gathered from the linked tables.
struct StudentYearFacts {
    struct Key: Hashable, Comparable {
        var year: Int
        var student: String
        static func < (a: Key, b: Key) -> Bool {
            a.year != b.year ? a.year < b.year : a.student.utf8.lexicographicallyPrecedes(b.student.utf8)
        }
    }

    struct Enrollment {
        var grade: Int64
        var school: String
        var entry: Int32?
        var exit: Int32?
        var exitReason: String?
        var coversCountDate: Bool
        var cohortYear: Int64?
        var flags: [Bool] = Array(repeating: false, count: StudentYearFacts.flagFields.count)
    }

    static let flagFields = ["economically_disadvantaged", "english_learner", "disability", "homeless", "foster"]

    /// Frame rows in order: by school year, then student id.
    private(set) var keys: [Key] = []
    private var enrollment: [Key: Enrollment] = [:]
    private var demographics: [String: (sex: Value, race: Value)] = [:]
    private var attendance: [Key: (enrolled: Int64?, present: Int64?, absent: Int64?)] = [:]
    private var levels: [Key: [String: (level: Int64?, score: Double?)]] = [:]
    private var hours: [Key: [String: Double]] = [:]
    private var collegeStarts: [String: [Int32]] = [:]
    /// Graduates the Clearinghouse returned (with or without a college record).
    private var collegeReturned: Set<String> = []

    init(_ inputs: MeasureInputs) {
        gatherDemographics(inputs.students)
        for table in inputs.enrollment { gatherEnrollment(table) }
        for table in inputs.attendance { gatherAttendance(table) }
        for table in inputs.assessment { gatherAssessments(table) }
        for program in inputs.programs { gatherHours(program, crosswalk: inputs.crosswalk) }
        for table in inputs.postsecondary { gatherCollege(table) }
        keys = enrollment.keys.sorted()
    }

    func row(for key: Key, partners: [String]) -> [Value] {
        let e = enrollment[key]!
        let d = demographics[key.student] ?? (.null, .null)
        let a = attendance[key]
        let enrolled = a?.enrolled
        let present = a?.present ?? (a?.absent).flatMap { absent in enrolled.map { $0 - absent } }
        let absent = a?.absent ?? present.flatMap { p in enrolled.map { $0 - p } }
        let tests = levels[key] ?? [:]
        let yearHours = hours[key] ?? [:]
        // Summed in partner order: a dictionary's order changes between processes, and so would the rounding.
        let totalHours = partners.reduce(0) { $0 + (yearHours[$1] ?? 0) }
        let graduated = e.exitReason == "graduated"
        let college = graduated ? collegeOutcome(student: key.student, graduation: e.exit, year: key.year) : (nil, nil)

        var values: [Value] = [
            .integer(Int64(key.year)), .integer(e.grade), .string(e.school), d.sex, d.race,
        ]
        values += e.flags.map { .boolean($0) }
        values += [
            enrolled.map { .integer($0) } ?? .null, present.map { .integer($0) } ?? .null,
            absent.map { .integer($0) } ?? .null,
            level(tests["ela"]?.level), score(tests["ela"]?.score), level(tests["math"]?.level),
            score(tests["math"]?.score), level(tests["kindergarten_readiness"]?.level),
            e.cohortYear.map { .integer($0) } ?? .null, .boolean(graduated),
            e.exitReason.map { .string($0) } ?? .null,
            college.0.map { .boolean($0) } ?? .null, college.1.map { .boolean($0) } ?? .null,
            .boolean(totalHours > 0), .decimal(totalHours),
        ]
        values += partners.map { .decimal(yearHours[$0] ?? 0) }
        return values
    }

    private func level(_ value: Int64??) -> Value { (value ?? nil).map { .integer($0) } ?? .null }
    private func score(_ value: Double??) -> Value { (value ?? nil).map { .decimal($0) } ?? .null }

    /// Enrolled in college by October 31 after graduating, and within 12 months of it; unknown
    /// for graduates the Clearinghouse has not returned.
    private func collegeOutcome(student: String, graduation: Int32?, year: Int) -> (Bool?, Bool?) {
        guard let graduation, collegeReturned.contains(student) else { return (nil, nil) }
        let starts = collegeStarts[student] ?? []
        let fallEnd = CalendarDate.dayNumber(year: year, month: 10, day: 31)!
        let fall = starts.contains { $0 >= graduation && $0 <= fallEnd }
        let withinYear = starts.contains { $0 >= graduation && $0 <= graduation + 365 }
        return (fall, withinYear)
    }

    private mutating func gatherDemographics(_ table: Table) {
        let race = table.column("race_ethnicity"), hispanic = table.column("hispanic_latino"), sex = table.column("sex")
        for row in 0..<table.rowCount {
            guard case .string(let id) = table[row, "person_id"], demographics[id] == nil else { continue }
            var raceValue = race?[row] ?? .null
            if hispanic?[row] == .boolean(true) { raceValue = .string("hispanic") }
            demographics[id] = (sex?[row] ?? .null, raceValue)
        }
    }

    private mutating func gatherEnrollment(_ table: Table) {
        for row in 0..<table.rowCount {
            guard case .string(let id) = table[row, "person_id"], case .integer(let year) = table[row, "school_year"],
                case .integer(let grade) = table[row, "grade"], case .string(let school) = table[row, "school_id"]
            else { continue }
            let key = Key(year: Int(year), student: id)
            let count = CalendarDate.dayNumber(
                year: Int(year) - 1, month: StudentYearFrame.countDate.month, day: StudentYearFrame.countDate.day)!
            var entry: Int32?, exit: Int32?
            if case .date(let d) = table[row, "entry_date"] { entry = d }
            if case .date(let d) = table[row, "exit_date"] { exit = d }
            var reason: String?
            if case .string(let r) = table[row, "exit_reason"] { reason = r }
            var cohort: Int64?
            if case .integer(let c) = table[row, "cohort_year"] { cohort = c }
            var candidate = Enrollment(
                grade: grade, school: school, entry: entry, exit: exit, exitReason: reason,
                coversCountDate: (entry ?? .min) <= count && (exit ?? .max) >= count, cohortYear: cohort)
            for (i, field) in Self.flagFields.enumerated() { candidate.flags[i] = table[row, field] == .boolean(true) }
            guard var current = enrollment[key] else { enrollment[key] = candidate; continue }
            for i in current.flags.indices { candidate.flags[i] = candidate.flags[i] || current.flags[i] }
            current.flags = candidate.flags
            let candidateIsLater = (candidate.entry ?? .min) > (current.entry ?? .min)
            if (candidate.coversCountDate && !current.coversCountDate)
                || (candidate.coversCountDate == current.coversCountDate && candidateIsLater) {
                // The count-date (else latest) row gives grade and school; the year's last exit stands.
                let lastExit = candidateIsLater ? candidate : current
                candidate.exit = lastExit.exit
                candidate.exitReason = lastExit.exitReason
                current = candidate
            } else if candidateIsLater {
                current.exit = candidate.exit
                current.exitReason = candidate.exitReason
            }
            current.cohortYear = current.cohortYear ?? candidate.cohortYear
            enrollment[key] = current
        }
    }

    private mutating func gatherAttendance(_ table: Table) {
        func int(_ row: Int, _ field: String) -> Int64? {
            if case .integer(let i) = table[row, field] { return i }
            return nil
        }
        for row in 0..<table.rowCount {
            guard case .string(let id) = table[row, "person_id"], let year = int(row, "school_year") else { continue }
            let key = Key(year: Int(year), student: id)
            let old = attendance[key]
            func add(_ a: Int64?, _ b: Int64?) -> Int64? { a.map { $0 + (b ?? 0) } ?? b }
            attendance[key] = (
                add(int(row, "days_enrolled"), old?.enrolled), add(int(row, "days_present"), old?.present),
                add(int(row, "days_absent"), old?.absent)
            )
        }
    }

    private mutating func gatherAssessments(_ table: Table) {
        for row in 0..<table.rowCount {
            guard case .string(let id) = table[row, "person_id"], case .integer(let year) = table[row, "school_year"],
                case .string(let subject) = table[row, "subject"]
            else { continue }
            var level: Int64?, score: Double?
            if case .integer(let l) = table[row, "performance_level"] { level = l }
            if case .decimal(let s) = table[row, "scale_score"] { score = s }
            let key = Key(year: Int(year), student: id)
            let old = levels[key]?[subject]
            // A retest keeps the student's best result.
            if let old, let oldLevel = old.level, (level ?? .min) <= oldLevel { continue }
            levels[key, default: [:]][subject] = (level, score)
        }
    }

    private mutating func gatherHours(_ program: MeasureInputs.ProgramSource, crosswalk: Crosswalk) {
        let table = program.table
        for row in 0..<table.rowCount {
            guard case .string(let participant) = table[row, "person_id"] else { continue }
            guard let student = program.personSources.lazy.compactMap({
                crosswalk.student(source: $0, personId: participant)
            }).first else { continue }
            var year: Int?
            if case .integer(let y) = table[row, "school_year"] { year = Int(y) }
            else if case .date(let d) = table[row, "start_date"] { year = CalendarDate.schoolYear(of: d) }
            guard let year, case .decimal(let h) = table[row, "hours"] else { continue }
            hours[Key(year: year, student: student), default: [:]][program.partner, default: 0] += h
        }
    }

    private mutating func gatherCollege(_ table: Table) {
        for row in 0..<table.rowCount {
            guard case .string(let id) = table[row, "person_id"] else { continue }
            collegeReturned.insert(id)
            guard case .date(let begin) = table[row, "enrollment_begin"] else { continue }
            collegeStarts[id, default: []].append(begin)
        }
    }
}
