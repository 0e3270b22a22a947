import BackboneCore

/// One row per district student per school year: the single table every indicator is
/// computed from (a population filter, a numerator filter and group-bys over it).
///
/// Built column by column into typed arrays: each input table is read once, its ids turned
/// into dense student numbers, and every cell lands in its frame row by array index.
public struct StudentYearFrame: Sendable {
    /// Month and day of the enrollment count date in the fall of each school year.
    public static let countDate = (month: 10, day: 1)

    /// The frame's columns; no id, name or birth date is among them.
    public let table: Table
    /// Each row's student, as an index into `studentIds`.
    public let rowStudents: [Int32]
    /// District student ids, ascending by their bytes: record-level, for the private folder only.
    public let studentIds: [String]
    /// The school years with at least one row, ascending.
    public let schoolYears: [Int]

    public var rowCount: Int { table.rowCount }

    /// The frame's columns and their types, for checking expressions before anything runs.
    public static func columns(programPartners: [String]) -> [(name: String, type: FieldType)] {
        var columns: [(name: String, type: FieldType)] = [
            ("school_year", .schoolYear), ("grade", .grade), ("school_id", .string),
            ("sex", .code(.sex)), ("race_ethnicity", .code(.raceEthnicity)),
            ("economically_disadvantaged", .boolean), ("english_learner", .boolean), ("disability", .boolean),
            ("homeless", .boolean), ("foster", .boolean),
            ("days_enrolled", .integer), ("days_present", .integer), ("days_absent", .integer),
            ("ela_level", .integer), ("ela_score", .decimal), ("math_level", .integer), ("math_score", .decimal),
            ("kindergarten_readiness_level", .integer),
            ("cohort_year", .integer), ("graduated", .boolean), ("exit_reason", .code(.exitReason)),
            ("postsecondary_fall", .boolean), ("postsecondary_within_year", .boolean),
            ("participant", .boolean), ("program_hours", .decimal),
            ("next_school_year", .schoolYear),
        ]
        for partner in programPartners { columns.append((hoursColumn(partner), .decimal)) }
        return columns
    }

    /// The column holding a partner's program hours (what `program_hours("partner")` reads).
    public static func hoursColumn(_ partner: String) -> String { "hours_\(partner)" }

    /// - Complexity: O(input rows + students × school years).
    public init(_ inputs: MeasureInputs) {
        let students = StudentIndex(enrollment: inputs.enrollment)
        let enrollment = FrameEnrollment(inputs.enrollment, students: students)
        let layout = FrameLayout(enrollment, studentCount: students.count)
        let n = layout.rowCount
        let demographics = FrameDemographics(inputs.students, students: students)
        let attendance = FrameAttendance(inputs.attendance, students: students, rows: layout.rows, rowCount: n)
        let tests = FrameAssessments(inputs.assessment, students: students, rows: layout.rows, rowCount: n)
        let hours = FrameProgramHours(inputs, students: students, rows: layout.rows, rowCount: n)
        let college = FrameCollege(inputs.postsecondary, students: students)
        var columns = FrameColumns(rowCount: n)
        columns.addEnrollment(enrollment, layout: layout)
        columns.addDemographics(demographics, rowStudents: layout.rowStudents)
        columns.addAttendance(attendance)
        columns.addAssessments(tests)
        columns.addCohort(layout)
        columns.addCollege(college, layout: layout)
        columns.addHours(hours, partners: inputs.programPartners)
        columns.addNextYear(layout)
        var origins = RowOrigins(unit: .record)
        origins.beginFile("student-year frame")
        for row in 0..<n { origins.append(row + 1) }
        let byName = Dictionary(uniqueKeysWithValues: columns.columns.map { ($0.name, $0) })
        table = Table(
            name: "student_year",
            columns: Self.columns(programPartners: inputs.programPartners).map { byName[$0.name]! },
            origins: origins)
        rowStudents = layout.rowStudents
        studentIds = students.ids
        schoolYears = Array(Set(layout.rowYears.map { Int($0) })).sorted()
    }
}
