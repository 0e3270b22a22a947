import BackboneCore
import BackboneTestSupport
import Measure
import Testing

@Suite struct StudentYearFrameTests {
    static let students = TableFixture.make(
        .person, fields: ["person_id", "sex", "race_ethnicity", "hispanic_latino"],
        rows: [
            [.string("S1"), .string("female"), .string("white"), .boolean(true)],
            [.string("S2"), .string("male"), .string("black"), .boolean(false)],
        ])
    static let enrollment = TableFixture.make(
        .enrollment,
        fields: ["person_id", "school_id", "school_year", "grade", "entry_date", "exit_date", "exit_reason", "economically_disadvantaged"],
        rows: [
            // S1 moves mid-year: the school on the October 1 count date is the one that counts.
            [.string("S1"), .string("A"), .integer(2024), .integer(3), TableFixture.date("2023-08-20"), TableFixture.date("2023-12-01"), .string("transferred_out"), .boolean(false)],
            [.string("S1"), .string("B"), .integer(2024), .integer(3), TableFixture.date("2023-12-04"), TableFixture.date("2024-06-01"), .string("promoted"), .boolean(true)],
            [.string("S2"), .string("A"), .integer(2024), .integer(3), TableFixture.date("2023-08-20"), TableFixture.date("2024-06-01"), .string("promoted"), .boolean(false)],
        ])

    func frame(programs: [MeasureInputs.ProgramSource] = [], crosswalk: Crosswalk = Crosswalk()) -> Table {
        frameValue(programs: programs, crosswalk: crosswalk).table
    }

    func frameValue(programs: [MeasureInputs.ProgramSource] = [], crosswalk: Crosswalk = Crosswalk()) -> StudentYearFrame {
        let attendance = TableFixture.make(
            .attendance, fields: ["person_id", "school_year", "days_enrolled", "days_present"],
            rows: [
                [.string("S1"), .integer(2024), .integer(70), .integer(60)],
                [.string("S1"), .integer(2024), .integer(100), .integer(95)],
                [.string("S2"), .integer(2024), .integer(170), .integer(168)],
            ])
        let assessment = TableFixture.make(
            .assessment, fields: ["person_id", "school_year", "subject", "performance_level"],
            rows: [
                [.string("S1"), .integer(2024), .string("ela"), .integer(2)],
                [.string("S1"), .integer(2024), .string("ela"), .integer(3)],
                [.string("S2"), .integer(2024), .string("math"), .integer(4)],
            ])
        return StudentYearFrame(MeasureInputs(
            students: Self.students, enrollment: [Self.enrollment], attendance: [attendance], assessment: [assessment],
            programs: programs, postsecondary: [], crosswalk: crosswalk, programPartners: ["youthworks"]))
    }

    @Test func oneRowPerStudentYearWithCountDateSchoolAndSummedAttendance() {
        let frame = frame()
        #expect(frame.rowCount == 2)
        #expect(frame[0, "school_id"] == .string("A"))
        #expect(frame[0, "race_ethnicity"] == .string("hispanic"))
        #expect(frame[0, "economically_disadvantaged"] == .boolean(true))
        #expect(frame[0, "exit_reason"] == .string("promoted"))
        #expect(frame[0, "days_enrolled"] == .integer(170))
        #expect(frame[0, "days_absent"] == .integer(15))
        #expect(frame[0, "ela_level"] == .integer(3))
        #expect(frame[0, "math_level"] == .null)
        #expect(frame[1, "math_level"] == .integer(4))
    }

    @Test func programHoursFollowTheCrosswalk() {
        let hours = TableFixture.make(
            .program, fields: ["person_id", "program", "school_year", "hours"],
            rows: [
                [.string("P9"), .string("Reading Buddies"), .integer(2024), .decimal(12.5)],
                [.string("P9"), .string("Reading Buddies"), .integer(2024), .decimal(20)],
                [.string("P7"), .string("Reading Buddies"), .integer(2024), .decimal(40)],
            ])
        var crosswalk = Crosswalk()
        crosswalk.add(source: "youthworks_people", personId: "P9", link: .init(studentId: "S2", pass: "state_id"))
        let frame = frame(
            programs: [.init(partner: "youthworks", table: hours, personSources: ["youthworks_people"])],
            crosswalk: crosswalk)
        #expect(frame[1, "hours_youthworks"] == .decimal(32.5))
        #expect(frame[1, "participant"] == .boolean(true))
        #expect(frame[0, "participant"] == .boolean(false))
    }

    @Test func rowsAreOrderedByYearThenStudentIdBytesAndKeepTheirStudent() {
        let frame = frameValue()
        #expect(frame.studentIds == ["S1", "S2"])
        #expect(frame.rowStudents == [0, 1])
        #expect(frame.schoolYears == [2024])
        #expect(frame.table[0, "next_school_year"] == .null)
    }

    /// The cohort is the student's, from the first year that gives one; the next year points
    /// at the student's following row; the year's last exit decides graduation, and the
    /// Clearinghouse's starts give the college outcomes of a returned graduate only.
    @Test func cohortNextYearGraduationAndCollege() {
        let enrollment = TableFixture.make(
            .enrollment,
            fields: ["person_id", "school_id", "school_year", "grade", "entry_date", "exit_date", "exit_reason", "cohort_year"],
            rows: [
                [.string("A"), .string("301"), .integer(2025), .integer(11), TableFixture.date("2024-08-20"), TableFixture.date("2025-06-10"), .string("promoted"), .null],
                [.string("A"), .string("301"), .integer(2026), .integer(12), TableFixture.date("2025-08-20"), TableFixture.date("2026-06-10"), .string("graduated"), .integer(2023)],
                [.string("B"), .string("301"), .integer(2026), .integer(12), TableFixture.date("2025-08-20"), TableFixture.date("2026-06-10"), .string("graduated"), .integer(2023)],
            ])
        let college = TableFixture.make(
            .postsecondary, fields: ["person_id", "enrollment_begin"], rows: [[.string("A"), TableFixture.date("2026-11-02")]])
        let frame = StudentYearFrame(MeasureInputs(
            students: Self.students, enrollment: [enrollment], attendance: [], assessment: [], programs: [],
            postsecondary: [college], crosswalk: Crosswalk(), programPartners: [])).table
        // Rows: A 2025, A 2026, B 2026.
        #expect((0..<3).map { frame[$0, "cohort_year"] } == [.integer(2023), .integer(2023), .integer(2023)])
        #expect((0..<3).map { frame[$0, "next_school_year"] } == [.integer(2026), .null, .null])
        #expect((0..<3).map { frame[$0, "graduated"] } == [.boolean(false), .boolean(true), .boolean(true)])
        // A started college on November 2: after October 31, within a year. B was not returned.
        #expect(frame[1, "postsecondary_fall"] == .boolean(false) && frame[1, "postsecondary_within_year"] == .boolean(true))
        #expect(frame[2, "postsecondary_fall"] == .null && frame[0, "postsecondary_fall"] == .null)
    }
}
