import BackboneCore
import BackboneTestSupport
import Validate

/// Small enrollment, attendance and person tables and a shorthand for declaring rules.
enum RuleTables {
    static let pipeline = "pipeline.yml"

    /// A rule declared at `pipeline.yml:line`.
    static func rule(
        _ name: String, _ kind: ValidationRule.Kind, _ severity: RuleSeverity = .error, threshold: Double? = nil,
        line: Int = 30
    ) -> ValidationRule {
        ValidationRule(
            name: name, kind: kind, severity: severity, threshold: threshold,
            location: SourceLocation(file: pipeline, line: line, column: 9))
    }

    /// Runs rules over `table` and returns their outcomes.
    static func outcomes(
        _ rules: [ValidationRule], on table: Table, of canonical: CanonicalTable, source: String = "district_enrollment",
        references: [String: Table] = [:], rowsRead: Int? = nil, previousRowCount: Int? = nil
    ) throws -> [RuleOutcome] {
        try RuleEngine.evaluate(
            SourceRules(source: source, rules: rules), on: table, of: canonical, references: references,
            rowsRead: rowsRead, previousRowCount: previousRowCount)
    }

    /// The one outcome of a single rule.
    static func outcome(
        _ rule: ValidationRule, on table: Table, of canonical: CanonicalTable, references: [String: Table] = [:]
    ) throws -> RuleOutcome {
        try outcomes([rule], on: table, of: canonical, references: references)[0]
    }

    /// Rows at lines 2–7 of `enrollment.csv`.
    static let enrollment = TableFixture.make(
        .enrollment, fields: ["person_id", "school_id", "school_year", "grade", "entry_date", "exit_date"],
        rows: [
            [.string("100001"), .string("042"), .integer(2024), .integer(3), TableFixture.date("2023-08-21"), TableFixture.date("2024-06-07")],
            [.string("100002"), .string("042"), .integer(2024), .integer(4), TableFixture.date("2023-08-21"), TableFixture.date("2023-08-01")],
            [.string("100001"), .string("043"), .integer(2024), .integer(3), TableFixture.date("2023-09-05"), .null],
            [.string("A10003"), .string("999"), .integer(2023), .integer(13), .null, TableFixture.date("2023-06-01")],
            [.null, .string("042"), .integer(2024), .integer(0), TableFixture.date("2023-08-21"), .null],
            [.string("100001"), .string("042"), .integer(2023), .integer(2), TableFixture.date("2022-08-22"), TableFixture.date("2023-06-02")],
        ])

    /// Rows at lines 2–5 of `attendance.csv`.
    static let attendance = TableFixture.make(
        .attendance, fields: ["person_id", "school_year", "days_enrolled", "days_present", "days_absent"],
        rows: [
            [.string("100001"), .integer(2024), .integer(180), .integer(170), .integer(10)],
            [.string("100002"), .integer(2024), .integer(200), .integer(213), .integer(0)],
            [.string("100004"), .integer(2024), .null, .integer(150), .integer(30)],
            [.string("100005"), .integer(2024), .integer(90), .integer(80), .integer(20)],
        ])

    /// The district's students: rows at lines 2–4 of `person.csv`.
    static let students = TableFixture.make(
        .person, fields: ["person_id", "last_name", "birth_date", "school_id"],
        rows: [
            [.string("100001"), .string("García"), TableFixture.date("2015-03-04"), .string("042")],
            [.string("100002"), .string("Okafor"), TableFixture.date("1999-12-31"), .string("042")],
            [.string("100005"), .null, TableFixture.date("2014-11-30"), .string("043")],
        ])

    static func line(_ line: Int, of file: String) -> SourceLocation {
        SourceLocation(file: file, line: line)
    }
}
