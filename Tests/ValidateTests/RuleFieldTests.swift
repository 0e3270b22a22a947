import BackboneCore
import BackboneTestSupport
import Testing
import Validate

/// required, range, pattern and allowed: passing and failing, exact messages and locations.
@Suite struct RuleFieldTests {
    typealias T = RuleTables

    @Test func requiredFailsOnlyOnMissingValues() throws {
        let outcome = try T.outcome(T.rule("required(person_id)", .required(field: "person_id")), on: T.enrollment, of: .enrollment)
        #expect(outcome.failingRows == [4])
        #expect(outcome.findings == [
            RuleFinding(
                source: "district_enrollment", rule: "required(person_id)", severity: .error, field: "person_id",
                location: T.line(6, of: "enrollment.csv"), message: "person_id: expected a value, found none")
        ])
        let passing = try T.outcome(T.rule("required(school_id)", .required(field: "school_id")), on: T.enrollment, of: .enrollment)
        #expect(passing.failingRows.isEmpty && passing.findings.isEmpty && passing.failures == 0)
    }

    @Test func requiredOnDatesAndNumbersUsesTheValidityMask() throws {
        let exits = try T.outcome(T.rule("required(exit_date)", .required(field: "exit_date")), on: T.enrollment, of: .enrollment)
        #expect(exits.failingRows == [2, 4])
        let days = try T.outcome(T.rule("r", .required(field: "days_enrolled")), on: T.attendance, of: .attendance)
        #expect(days.findings.map(\.location) == [T.line(4, of: "attendance.csv")])
    }

    @Test func rangeOfNumbersSaysWhatWasExpectedAndFound() throws {
        let atMost = try T.outcome(
            T.rule("range(days_present)", .range(field: "days_present", min: nil, max: .integer(200)), .warn),
            on: T.attendance, of: .attendance)
        #expect(atMost.failingRows == [1])
        #expect(atMost.findings.map(\.message) == ["days_present: expected at most 200, found 213"])
        #expect(atMost.findings.map(\.location) == [T.line(3, of: "attendance.csv")])
        #expect(atMost.findings.map(\.severity) == [.warn])
        let between = try T.outcome(
            T.rule("range(days_enrolled)", .range(field: "days_enrolled", min: .integer(100), max: .decimal(190.5))),
            on: T.attendance, of: .attendance)
        #expect(between.findings.map(\.message) == [
            "days_enrolled: expected between 100 and 190.5, found 200", "days_enrolled: expected between 100 and 190.5, found 90",
        ])
    }

    @Test func rangeOfGradesShowsGradeLabels() throws {
        let outcome = try T.outcome(
            T.rule("range(grade)", .range(field: "grade", min: .integer(1), max: .integer(12))), on: T.enrollment, of: .enrollment)
        #expect(outcome.failingRows == [3, 4])
        #expect(outcome.findings.map(\.message) == [
            "grade: expected between 1 and 12, found 13", "grade: expected between 1 and 12, found K",
        ])
    }

    @Test func rangeOfDatesSkipsMissingValues() throws {
        let outcome = try T.outcome(
            T.rule("range(exit_date)", .range(field: "exit_date", min: TableFixture.date("2023-08-15"), max: nil)),
            on: T.enrollment, of: .enrollment)
        #expect(outcome.failingRows == [1, 3, 5])
        #expect(outcome.findings[0].message == "exit_date: expected at least 2023-08-15, found 2023-08-01")
    }

    @Test func identifyingValuesAreShownOnlyAsShapes() throws {
        let birth = try T.outcome(
            T.rule("range(birth_date)", .range(field: "birth_date", min: TableFixture.date("2000-01-01"), max: nil)),
            on: T.students, of: .person)
        #expect(birth.findings.map(\.message) == ["birth_date: expected at least 2000-01-01, found a value shaped '9999-99-99'"])
        let name = try T.outcome(
            T.rule("pattern(last_name)", .pattern(field: "last_name", regex: "[A-Z][a-z]+")), on: T.students, of: .person)
        #expect(name.findings.map(\.message) == ["last_name: expected to match '[A-Z][a-z]+', found a value shaped 'Aaaaaa'"])
        for finding in birth.findings + name.findings {
            #expect(!finding.message.contains("1999") && !finding.message.contains("García"))
        }
    }

    @Test func patternMatchesWholeValuesOnly() throws {
        let outcome = try T.outcome(
            T.rule("pattern(person_id)", .pattern(field: "person_id", regex: "[0-9]{6}")), on: T.enrollment, of: .enrollment)
        #expect(outcome.failingRows == [3])
        #expect(outcome.findings.map(\.message) == ["person_id: expected to match '[0-9]{6}', found a value shaped 'A99999'"])
        let partial = try T.outcome(
            T.rule("pattern(school_id)", .pattern(field: "school_id", regex: "04")), on: T.enrollment, of: .enrollment)
        #expect(partial.failingRows == [0, 1, 2, 3, 4, 5])
        #expect(partial.findings[0].message == "school_id: expected to match '04', found '042'")
    }

    @Test func allowedValuesOfTextAndNumbers() throws {
        let schools = try T.outcome(
            T.rule("allowed(school_id)", .allowed(field: "school_id", values: [.string("042"), .string("043")])),
            on: T.enrollment, of: .enrollment)
        #expect(schools.failingRows == [3])
        #expect(schools.findings.map(\.message) == ["school_id: expected one of '042', '043', found '999'"])
        #expect(schools.findings.map(\.location) == [T.line(5, of: "enrollment.csv")])
        let years = try T.outcome(
            T.rule("allowed(school_year)", .allowed(field: "school_year", values: [.integer(2024)])), on: T.enrollment, of: .enrollment)
        #expect(years.failingRows == [3, 5])
        #expect(years.findings.map(\.message) == Array(repeating: "school_year: expected one of 2024, found 2023", count: 2))
    }

    @Test func rulesThatCannotRunAreConfigurationErrors() throws {
        let error = try #require(throws: DiagnosticsError.self) {
            try T.outcomes(
                [
                    T.rule("a", .range(field: "school_id", min: .integer(1), max: nil), line: 31),
                    T.rule("b", .pattern(field: "school_id", regex: "[0-9"), line: 32),
                    T.rule("c", .required(field: "zip"), line: 33),
                    T.rule("d", .allowed(field: "grade", values: [.string("K")]), line: 34),
                ],
                on: T.enrollment, of: .enrollment)
        }
        #expect(error.diagnostics.map(\.location?.line) == [31, 32, 33, 34])
        #expect(error.diagnostics[0].message == "rule 'a': a range applies to numbers and dates; 'school_id' is a string field")
        #expect(error.diagnostics[1].message.hasPrefix("rule 'b': '[0-9' is not a valid regular expression"))
        #expect(error.diagnostics[2].message == """
            rule 'c': source 'district_enrollment' has no field 'zip'; it maps: \
            person_id, school_id, school_year, grade, entry_date, exit_date
            """)
        #expect(error.diagnostics[3].message == "rule 'd': expected allowed values of type grade level for 'grade', found 'K'")
    }
}
