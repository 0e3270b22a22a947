import BackboneCore
import BackboneTestSupport
import Testing
import Validate

/// Row counts, severities and thresholds: what stops a nightly run before it publishes.
@Suite struct RuleThresholdTests {
    typealias T = RuleTables

    static func result(_ rules: [ValidationRule], threshold: Double? = nil, on table: Table = T.enrollment, previous: Int? = nil)
        throws -> ValidationResult
    {
        let sourceRules = SourceRules(source: "district_enrollment", rules: rules, threshold: threshold)
        let outcomes = try RuleEngine.evaluate(
            sourceRules, on: table, of: .enrollment, references: [:], previousRowCount: previous)
        return ValidationResult(
            table: table, rules: sourceRules, outcomes: outcomes, sourceLocation: SourceLocation(file: T.pipeline, line: 12, column: 3))
    }

    @Test func rowCountMinimumAndShrinkAreFindingsAboutTheSource() throws {
        let rule = T.rule("row count", .rowCount(min: 10, maxShrink: 0.10), .warn)
        let outcomes = try T.outcomes([rule], on: T.enrollment, of: .enrollment, rowsRead: 85, previousRowCount: 100)
        #expect(outcomes[0].failingRows.isEmpty)
        #expect(outcomes[0].failures == 1)
        #expect(outcomes[0].sourceFinding?.message == """
            expected at most 10% fewer rows than the previous run's 100, found 85 (15% fewer)
            """)
        let small = try T.outcomes([rule], on: T.enrollment, of: .enrollment, previousRowCount: 6)
        #expect(small[0].sourceFinding?.message == "expected at least 10 rows, found 6")
        #expect(small[0].sourceFinding?.location == SourceLocation(file: T.pipeline, line: 30, column: 9))
        let both = try T.outcomes([rule], on: T.enrollment, of: .enrollment, previousRowCount: 7)
        #expect(both[0].sourceFinding?.message == """
            expected at least 10 rows, found 6; expected at most 10% fewer rows than the previous run's 7, found 6 (14.29% fewer)
            """)
    }

    @Test func rowCountPassesWithinItsLimitsOrWithoutAPreviousRun() throws {
        let rule = T.rule("row count", .rowCount(min: 6, maxShrink: 0.25))
        for previous in [nil, 0, 8, 5] {
            let outcomes = try T.outcomes([rule], on: T.enrollment, of: .enrollment, previousRowCount: previous)
            #expect(outcomes[0].sourceFinding == nil)
            #expect(outcomes[0].failures == 0)
        }
    }

    @Test func aRowCountFailureStopsTheRunUnlessItIsAWarning() throws {
        let fatal = try Self.result([T.rule("row count", .rowCount(min: 100, maxShrink: nil), .fatal, line: 44)])
        #expect(fatal.stops == [
            .error(
                "source 'district_enrollment': rule 'row count' failed: expected at least 100 rows, found 6",
                at: SourceLocation(file: T.pipeline, line: 44, column: 9))
        ])
        #expect(fatal.kept.rowCount == 6 && fatal.quarantined.isEmpty)
        let warning = try Self.result([T.rule("row count", .rowCount(min: 100, maxShrink: nil), .warn)])
        #expect(!warning.mustStop)
    }

    @Test func aFailingFatalRuleStopsTheRunAndItsRowsAreSetAside() throws {
        let result = try Self.result([T.rule("required(person_id)", .required(field: "person_id"), .fatal, line: 33)])
        #expect(result.stops.map(\.message) == [
            "source 'district_enrollment': fatal rule 'required(person_id)' failed on 1 row, the first at enrollment.csv:6"
        ])
        #expect(result.stops.map(\.location) == [SourceLocation(file: T.pipeline, line: 33, column: 9)])
        #expect(result.quarantinedRows == [4])
        let passing = try Self.result([T.rule("required(school_id)", .required(field: "school_id"), .fatal)])
        #expect(!passing.mustStop)
    }

    @Test func aRuleThresholdStopsTheRunWhenMoreRowsFail() throws {
        let years = ValidationRule.Kind.allowed(field: "school_year", values: [.integer(2024)])
        let over = try Self.result([T.rule("allowed(school_year)", years, .warn, threshold: 0.25)])
        #expect(over.stops.map(\.message) == [
            "source 'district_enrollment': 33.33% of rows (2 of 6) failed rule 'allowed(school_year)', above its threshold of 25%"
        ])
        #expect(over.rowsWarned == 2 && over.quarantined.isEmpty)
        let within = try Self.result([T.rule("allowed(school_year)", years, .warn, threshold: 1.0 / 3)])
        #expect(!within.mustStop)
    }

    @Test func theSourceThresholdCountsRowsFailingAnyErrorRule() throws {
        let rules = [
            T.rule("required(person_id)", .required(field: "person_id")),
            T.rule("allowed(school_id)", .allowed(field: "school_id", values: [.string("042"), .string("043")])),
            T.rule("range(grade)", .range(field: "grade", min: .integer(0), max: .integer(12)), .warn),
            T.rule("allowed(school_year)", .allowed(field: "school_year", values: [.integer(2024)])),
        ]
        let over = try Self.result(rules, threshold: 0.4)
        #expect(over.quarantinedRows == [3, 4, 5])
        #expect(over.stops == [
            .error(
                "source 'district_enrollment': 50% of rows (3 of 6) failed error rules, above the threshold of 40%",
                at: SourceLocation(file: T.pipeline, line: 12, column: 3))
        ])
        #expect(try !Self.result(rules, threshold: 0.5).mustStop)
        #expect(try !Self.result(rules).mustStop)
    }

    @Test func quarantinedRowsCarryEveryFailedErrorRuleAndKeptRowsKeepTheirOrigins() throws {
        let rules = [
            T.rule("allowed(school_year)", .allowed(field: "school_year", values: [.integer(2024)])),
            T.rule("range(grade)", .range(field: "grade", min: .integer(0), max: .integer(12)), .warn),
            T.rule("unique(person_id)", .unique(fields: ["person_id"])),
        ]
        let result = try Self.result(rules)
        #expect(result.quarantinedRows == [2, 3, 5])
        #expect(result.quarantined.map(\.location) == [4, 5, 7].map { T.line($0, of: "enrollment.csv") })
        #expect(result.quarantined.map(\.reason) == [
            "rule 'unique(person_id)': duplicate of the row at line 2",
            "rule 'allowed(school_year)': school_year: expected one of 2024, found 2023",
            "rule 'allowed(school_year)': school_year: expected one of 2024, found 2023; "
                + "rule 'unique(person_id)': duplicate of the row at line 2",
        ])
        #expect(result.quarantined.map(\.row) == result.quarantinedRows)
        #expect(result.rowsWarned == 0)
        let kept = result.kept
        #expect(kept.rowCount == 3)
        #expect((0..<kept.rowCount).map { kept.origins.location(ofRow: $0) } == [2, 3, 6].map { T.line($0, of: "enrollment.csv") })
        #expect((0..<kept.rowCount).map { kept[$0, "grade"] } == [.integer(3), .integer(4), .integer(0)])
        #expect(kept.column("school_id")?.distinctCount == 1)
        #expect((0..<kept.rowCount).map { kept[$0, "person_id"] } == [.string("100001"), .string("100002"), .null])
    }

    @Test func aWarnRuleCountsKeptRowsOnly() throws {
        let result = try Self.result([
            T.rule("range(grade)", .range(field: "grade", min: .integer(0), max: .integer(12)), .warn),
            T.rule("required(exit_date)", .required(field: "exit_date"), .warn),
            T.rule("allowed(school_id)", .allowed(field: "school_id", values: [.string("042"), .string("043")])),
        ])
        #expect(result.quarantinedRows == [3])
        #expect(result.rowsWarned == 2)
        #expect(result.outcomes.map(\.failures) == [1, 2, 1])
    }
}
