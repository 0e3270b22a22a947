import BackboneCore
import BackboneTestSupport
import Measure
import Pipeline
import Testing

/// Every indicator the demo pipeline declares, on a hand-made community whose numbers are
/// worked out by hand in the comments. Cells are published down to one student here (no
/// coding), so the tests read exact counts.
@Suite struct DemoIndicatorTests {
    static let config = try! PipelineLoader.load(path: Fixtures.root.appendingPathComponent("pipelines/riverton.yml").path)

    /// One enrollment row: the year's first school day to its last, unless told otherwise.
    static func enrolled(
        _ id: String, _ year: Int, grade: Int, exit: String = "promoted", cohort: Int? = nil, school: String = "101",
        entry: String? = nil, exitDate: String? = nil
    ) -> [Value] {
        [
            .string(id), .string(school), .integer(Int64(year)), .integer(Int64(grade)),
            TableFixture.date(entry ?? "\(year - 1)-08-20"), TableFixture.date(exitDate ?? "\(year)-06-10"), .string(exit),
            cohort.map { .integer(Int64($0)) } ?? .null,
        ]
    }

    static let enrollmentRows: [[Value]] = [
        // Kindergarten 2026: K1 ready (3), K2 approaching (2), K3 not assessed, K4 emerging (1) → 1 of 3.
        enrolled("K1", 2026, grade: 0), enrolled("K2", 2026, grade: 0), enrolled("K3", 2026, grade: 0),
        enrolled("K4", 2026, grade: 0),
        // 3rd grade 2026: R1 level 3, R2 retested 2 then 4 (best 4), R3 level 2, R4 no level; R5 is a
        // 4th grader with level 4 → 2 of 3.
        enrolled("R1", 2026, grade: 3), enrolled("R2", 2026, grade: 3), enrolled("R3", 2026, grade: 3),
        enrolled("R4", 2026, grade: 3), enrolled("R5", 2026, grade: 4),
        // 8th grade 2026: M1 math 3, M2 math 1, M3 ELA only → 1 of 2.
        enrolled("M1", 2026, grade: 8), enrolled("M2", 2026, grade: 8), enrolled("M3", 2026, grade: 8),
        // The cohort of 2023 (expected to graduate in 2026):
        // G1 graduates on time → in, graduate.
        enrolled("G1", 2023, grade: 9, cohort: 2023), enrolled("G1", 2024, grade: 10, cohort: 2023),
        enrolled("G1", 2025, grade: 11, cohort: 2023), enrolled("G1", 2026, grade: 12, exit: "graduated", cohort: 2023),
        // G2 drops out in 2025 → in, not a graduate.
        enrolled("G2", 2023, grade: 9, cohort: 2023), enrolled("G2", 2024, grade: 10, cohort: 2023),
        enrolled("G2", 2025, grade: 11, exit: "dropped_out", cohort: 2023, exitDate: "2025-01-15"),
        // G3 transfers out (documented) in 2024 → removed.
        enrolled("G3", 2023, grade: 9, cohort: 2023), enrolled("G3", 2024, grade: 10, exit: "transferred_out", cohort: 2023),
        // G4 transfers in as an 11th grader and graduates → in, graduate.
        enrolled("G4", 2025, grade: 11, cohort: 2023), enrolled("G4", 2026, grade: 12, exit: "graduated", cohort: 2023),
        // G5 is still in 12th grade after four years → in, not a graduate.
        enrolled("G5", 2023, grade: 9, cohort: 2023), enrolled("G5", 2024, grade: 10, cohort: 2023),
        enrolled("G5", 2025, grade: 11, cohort: 2023), enrolled("G5", 2026, grade: 12, cohort: 2023),
        // G6 transfers out in 2024, comes back in 2025 and graduates → in, graduate.
        enrolled("G6", 2023, grade: 9, cohort: 2023), enrolled("G6", 2024, grade: 10, exit: "transferred_out", cohort: 2023),
        enrolled("G6", 2025, grade: 11, cohort: 2023), enrolled("G6", 2026, grade: 12, exit: "graduated", cohort: 2023),
        // G7 leaves with a GED → in, not a graduate.
        enrolled("G7", 2023, grade: 9, cohort: 2023), enrolled("G7", 2024, grade: 10, cohort: 2023),
        enrolled("G7", 2025, grade: 11, cohort: 2023), enrolled("G7", 2026, grade: 12, exit: "completed_other", cohort: 2023),
        // G8 dies in 2025 → removed. G9 belongs to the cohort of 2024 (2027 is not in the data).
        enrolled("G8", 2023, grade: 9, cohort: 2023), enrolled("G8", 2024, grade: 10, cohort: 2023),
        enrolled("G8", 2025, grade: 11, exit: "deceased", cohort: 2023),
        enrolled("G9", 2024, grade: 9, cohort: 2024), enrolled("G9", 2025, grade: 10, cohort: 2024),
        enrolled("G9", 2026, grade: 11, cohort: 2024),
        // → ACGR 2026: G1, G4, G6 of G1, G2, G4, G5, G6, G7 = 3 of 6.
    ]

    static var inputs: MeasureInputs {
        let enrollment = TableFixture.make(
            .enrollment,
            fields: ["person_id", "school_id", "school_year", "grade", "entry_date", "exit_date", "exit_reason", "cohort_year"],
            rows: enrollmentRows)
        let ids = Array(Set(enrollmentRows.map { $0[0] })).sorted { "\($0)" < "\($1)" }
        let students = TableFixture.make(.person, fields: ["person_id"], rows: ids.map { [$0] })
        func level(_ id: String, _ subject: String, _ level: Int?) -> [Value] {
            [.string(id), .integer(2026), .string(subject), level.map { .integer(Int64($0)) } ?? .null]
        }
        let assessment = TableFixture.make(
            .assessment, fields: ["person_id", "school_year", "subject", "performance_level"],
            rows: [
                level("K1", "kindergarten_readiness", 3), level("K2", "kindergarten_readiness", 2),
                level("K4", "kindergarten_readiness", 1),
                level("R1", "ela", 3), level("R2", "ela", 2), level("R2", "ela", 4), level("R3", "ela", 2),
                level("R4", "ela", nil), level("R5", "ela", 4),
                level("M1", "math", 3), level("M2", "math", 1), level("M3", "ela", 3),
            ])
        // Chronic absence 2026 among the kindergartners: K1 100 days, 90 present (10% absent:
        // chronic); K2 100, 91 (9%); K3 9 days (under 10: not counted); K4 two schools, 50/45
        // and 50/44 (11%: chronic). Everyone else has no attendance. → 2 of 3.
        func days(_ id: String, _ enrolled: Int, _ present: Int) -> [Value] {
            [.string(id), .integer(2026), .integer(Int64(enrolled)), .integer(Int64(present))]
        }
        let attendance = TableFixture.make(
            .attendance, fields: ["person_id", "school_year", "days_enrolled", "days_present"],
            rows: [days("K1", 100, 90), days("K2", 100, 91), days("K3", 9, 0), days("K4", 50, 45), days("K4", 50, 44)])
        // Graduates of 2026 (June 10): G1 starts college August 20 (by October 31 and within a
        // year), G4 on January 15, 2027 (within a year only), G6 was returned with no college;
        // → fall 1 of 3, within a year 2 of 3.
        let college = TableFixture.make(
            .postsecondary, fields: ["person_id", "enrollment_begin"],
            rows: [
                [.string("G1"), TableFixture.date("2026-08-20")], [.string("G4"), TableFixture.date("2027-01-15")],
                [.string("G6"), .null],
            ])
        // Program reach 2026: YouthWorks participant P1 is K1 (12 hours); P2 is nobody the
        // district knows. 2026 has 18 student rows (K1–K4, R1–R5, M1–M3, and G1, G4, G5, G6, G7,
        // G9: G2, G3 and G8 left earlier) → 1 of 18.
        let hours = TableFixture.make(
            .program, fields: ["person_id", "program", "school_year", "hours"],
            rows: [
                [.string("P1"), .string("Homework Help Club"), .integer(2026), .decimal(12)],
                [.string("P2"), .string("Homework Help Club"), .integer(2026), .decimal(40)],
            ])
        var crosswalk = Crosswalk()
        crosswalk.add(source: "youthworks_participants", personId: "P1", link: .init(studentId: "K1", pass: "state_id"))
        return MeasureInputs(
            students: students, enrollment: [enrollment], attendance: [attendance], assessment: [assessment],
            programs: [.init(partner: "youthworks", table: hours, personSources: ["youthworks_participants"])],
            postsecondary: [college], crosswalk: crosswalk,
            programPartners: ["youthworks", "bright_futures", "northside_learning"])
    }

    static func computed() throws -> [String: IndicatorSeries] {
        let definitions = config.stages.measure.indicators
        let inputs = Self.inputs
        let expressions = try IndicatorExpressions.compile(definitions, programPartners: inputs.programPartners)
        let settings = MeasureSettings(
            suppression: .init(minimumCellSize: 1), organizations: inputs.programPartners.map { .init(id: $0, name: $0) })
        let series = try Measurement.indicators(
            definitions, expressions: expressions, frame: StudentYearFrame(inputs), settings: settings)
        return Dictionary(uniqueKeysWithValues: series.map { ($0.definition.id, $0) })
    }

    func all(_ indicator: String, _ year: Int) throws -> (Int, Int)? {
        let series = try #require(try Self.computed()[indicator], "indicator \(indicator) is declared")
        return series.result(year: year).map { ($0.numerator, $0.denominator) }
    }

    @Test func kindergartenReadiness() throws { #expect(try all("kindergarten_readiness", 2026)! == (1, 3)) }
    @Test func thirdGradeReading() throws { #expect(try all("third_grade_reading", 2026)! == (2, 3)) }
    @Test func eighthGradeMath() throws { #expect(try all("eighth_grade_math", 2026)! == (1, 2)) }
    @Test func chronicAbsence() throws { #expect(try all("chronic_absence", 2026)! == (2, 3)) }

    @Test func fourYearAdjustedCohortGraduationRate() throws {
        #expect(try all("graduation_4_year", 2026)! == (3, 6))
        // The cohort of 2022 (graduating in 2025) has nobody here; 2027 is not in the data.
        #expect(try all("graduation_4_year", 2025) == nil)
        #expect(try Self.computed()["graduation_4_year"]!.years == [2026])
    }

    @Test func collegeEnrollmentInTheFallAndWithinAYear() throws {
        #expect(try all("postsecondary_enrollment_fall", 2026)! == (1, 3))
        #expect(try all("postsecondary_enrollment_year", 2026)! == (2, 3))
    }

    @Test func programReach() throws {
        #expect(try all("program_reach", 2026)! == (1, 18))
        let series = try #require(try Self.computed()["program_reach"])
        #expect(series.result(year: 2026, dimension: "participant_youthworks", group: "yes").map(\.denominator) == 1)
        #expect(series.result(year: 2026, dimension: "dosage_youthworks", group: "under_30").map(\.denominator) == 1)
    }
}
