import BackboneCore
import BackboneTestSupport
import Testing
import Validate

/// unique, references and check: rules that relate a row to other rows, other sources or
/// its own other fields.
@Suite struct RuleRowRelationTests {
    typealias T = RuleTables

    @Test func uniqueOverACombinationNamesTheFirstRow() throws {
        let outcome = try T.outcome(
            T.rule("unique(person_id, school_year)", .unique(fields: ["person_id", "school_year"])), on: T.enrollment, of: .enrollment)
        #expect(outcome.failingRows == [2])
        #expect(outcome.findings == [
            RuleFinding(
                source: "district_enrollment", rule: "unique(person_id, school_year)", severity: .error,
                field: "person_id+school_year", location: T.line(4, of: "enrollment.csv"), message: "duplicate of the row at line 2")
        ])
        let single = try T.outcome(T.rule("unique(person_id)", .unique(fields: ["person_id"])), on: T.enrollment, of: .enrollment)
        #expect(single.failingRows == [2, 5])
        #expect(single.findings.map(\.message) == ["duplicate of the row at line 2", "duplicate of the row at line 2"])
        let three = try T.outcome(
            T.rule("u", .unique(fields: ["school_id", "school_year", "entry_date"])), on: T.enrollment, of: .enrollment)
        #expect(three.failingRows == [1, 4])
        #expect(three.findings.map(\.location) == [T.line(3, of: "enrollment.csv"), T.line(6, of: "enrollment.csv")])
    }

    @Test func uniqueDoesNotCompareRowsWithAMissingKeyPart() throws {
        let table = TableFixture.make(
            .enrollment, fields: ["person_id", "exit_date"],
            rows: [[.null, .null], [.null, .null], [.string("7"), .null], [.string("7"), .null], [.string("7"), TableFixture.date("2024-01-02")]])
        let outcome = try T.outcome(T.rule("u", .unique(fields: ["person_id", "exit_date"])), on: table, of: .enrollment)
        #expect(outcome.failingRows.isEmpty)
        let byId = try T.outcome(T.rule("u", .unique(fields: ["person_id"])), on: table, of: .enrollment)
        #expect(byId.failingRows == [3, 4])
    }

    @Test func uniqueOverNumbersWithAWideRangeAndDecimals() throws {
        let table = TableFixture.make(
            .assessment, fields: ["performance_level", "scale_score"],
            rows: [
                [.integer(-4_000_000_000), .decimal(0)], [.integer(9_000_000_000_000), .decimal(-0.0)],
                [.integer(-4_000_000_000), .decimal(2.5)], [.integer(12), .decimal(2.5)],
            ])
        let levels = try T.outcome(T.rule("u", .unique(fields: ["performance_level"])), on: table, of: .assessment)
        #expect(levels.failingRows == [2])
        let scores = try T.outcome(T.rule("u", .unique(fields: ["scale_score"])), on: table, of: .assessment)
        #expect(scores.failingRows == [1, 3])
    }

    @Test func uniqueAcrossFilesNamesTheOtherFile() throws {
        var builder = TableBuilder(name: "x", fields: [("person_id", .string)], origins: RowOrigins(unit: .record))
        builder.beginFile("2023.xml")
        builder.append([.string("1")], origin: 1)
        builder.beginFile("2024.xml")
        builder.append([.string("2")], origin: 1)
        builder.append([.string("1")], origin: 2)
        builder.append([.string("2")], origin: 3)
        let outcome = try T.outcome(T.rule("u", .unique(fields: ["person_id"])), on: builder.build(), of: .assessment)
        #expect(outcome.findings.map(\.message) == ["duplicate of record 1 of 2023.xml", "duplicate of record 1"])
        #expect(outcome.findings.map(\.location) == [
            SourceLocation(file: "2024.xml", record: 2), SourceLocation(file: "2024.xml", record: 3),
        ])
    }

    @Test func referencesFindValuesMissingFromAnotherSource() throws {
        let students = ["district_students": T.students]
        let people = try T.outcome(
            T.rule("references(person_id)", .references(field: "person_id", source: "district_students", sourceField: "person_id")),
            on: T.attendance, of: .attendance, references: students)
        #expect(people.failingRows == [2])
        #expect(people.findings.map(\.message) == [
            "person_id: a value shaped '999999' has no match in source 'district_students'"
        ])
        #expect(people.findings.map(\.location) == [T.line(4, of: "attendance.csv")])
        let schools = try T.outcome(
            T.rule("references(school_id)", .references(field: "school_id", source: "district_students", sourceField: "school_id")),
            on: T.enrollment, of: .enrollment, references: students)
        #expect(schools.failingRows == [3])
        #expect(schools.findings.map(\.message) == ["school_id: '999' has no match in source 'district_students'"])
    }

    @Test func referencesCompareAcrossTypesAsTextAndNameTheOtherField() throws {
        let codes = TableFixture.make(
            .assessment, fields: ["performance_level"], rows: [[.integer(2024)], [.integer(2023)], [.null]], name: "years")
        let outcome = try T.outcome(
            T.rule("r", .references(field: "school_year", source: "years", sourceField: "performance_level")),
            on: T.enrollment, of: .enrollment, references: ["years": codes])
        #expect(outcome.failingRows.isEmpty)
        let wrong = try T.outcome(
            T.rule("r", .references(field: "school_id", source: "years", sourceField: "performance_level")),
            on: T.enrollment, of: .enrollment, references: ["years": codes])
        #expect(wrong.findings.first?.message == "school_id: '042' has no match in field 'performance_level' of source 'years'")
    }

    @Test func referencesToAnUnknownSourceOrFieldAreConfigurationErrors() {
        let error = #expect(throws: DiagnosticsError.self) {
            try T.outcomes(
                [
                    T.rule("a", .references(field: "person_id", source: "nobody", sourceField: "person_id")),
                    T.rule("b", .references(field: "person_id", source: "district_students", sourceField: "state_id")),
                ],
                on: T.attendance, of: .attendance, references: ["district_students": T.students])
        }
        #expect(error?.diagnostics.map(\.message) == [
            "rule 'a': source 'nobody' is not available to check references against",
            "rule 'b': source 'district_students' has no field 'state_id'; it maps: person_id, last_name, birth_date, school_id",
        ])
    }

    @Test func checkComparesDatesAndPassesWhereAValueIsMissing() throws {
        let text = "exit_date >= entry_date"
        let outcome = try T.outcome(
            T.rule("exit after entry", .check(expression: text, expressionLocation: SourceLocation(file: T.pipeline, line: 40, column: 14))),
            on: T.enrollment, of: .enrollment)
        #expect(outcome.failingRows == [1])
        #expect(outcome.findings == [
            RuleFinding(
                source: "district_enrollment", rule: "exit after entry", severity: .error, field: nil,
                location: T.line(3, of: "enrollment.csv"),
                message: "check failed: exit_date >= entry_date (entry_date 2023-08-21, exit_date 2023-08-01)")
        ])
    }

    @Test func checkWithArithmetic() throws {
        let location = SourceLocation(file: T.pipeline, line: 41, column: 14)
        let outcomes = try T.outcomes(
            [
                T.rule("present", .check(expression: "days_present <= days_enrolled", expressionLocation: location)),
                T.rule("adds up", .check(expression: "days_present + days_absent == days_enrolled", expressionLocation: location)),
            ],
            on: T.attendance, of: .attendance)
        #expect(outcomes[0].failingRows == [1])
        #expect(outcomes[0].findings.map(\.message) == ["check failed: days_present <= days_enrolled (days_enrolled 200, days_present 213)"])
        #expect(outcomes[1].failingRows == [1, 3])
        #expect(outcomes[1].findings.map(\.message).last == """
            check failed: days_present + days_absent == days_enrolled (days_absent 20, days_enrolled 90, days_present 80)
            """)
    }

    @Test func checkMasksIdentifyingFieldsItReads() throws {
        let outcome = try T.outcome(
            T.rule("c", .check(expression: "birth_date >= \"2000-01-01\"", expressionLocation: SourceLocation(file: T.pipeline, line: 5))),
            on: T.students, of: .person)
        #expect(outcome.findings.map(\.message) == [
            "check failed: birth_date >= \"2000-01-01\" (birth_date a value shaped '9999-99-99')"
        ])
    }

    @Test func checkErrorsPointIntoThePipelineFile() {
        let error = #expect(throws: DiagnosticsError.self) {
            try T.outcomes(
                [T.rule("c", .check(expression: "days_present <= dayz_enrolled", expressionLocation: SourceLocation(file: T.pipeline, line: 41, column: 14)))],
                on: T.attendance, of: .attendance)
        }
        #expect(error?.diagnostics.count == 1)
        #expect(error?.diagnostics.first?.location == SourceLocation(file: T.pipeline, line: 41, column: 30))
    }
}
