import BackboneCore
import BackboneTestSupport
import Testing
import Validate

/// Rules run in parallel, but their outcomes never depend on scheduling, and the column-wise
/// shortcuts (dictionary codes, hashed key tuples) agree with a plain row-by-row reading.
@Suite struct RuleDeterminismTests {
    typealias T = RuleTables

    /// 60,000 enrollment rows drawn from a fixed-seed generator, with missing values.
    static let table: Table = {
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let first = DateLayout("YYYY-MM-DD")!.parse("2023-08-01")!
        let rows: [[Value]] = (0..<60_000).map { _ in
            [
                next(50) == 0 ? .null : .string(String(100_000 + next(30_000))),
                .string(["042", "043", "051", "x9"][next(4)]),
                .integer(Int64(2020 + next(5))),
                next(30) == 0 ? .null : .integer(Int64(next(14) - 1)),
                next(20) == 0 ? .null : .date(first + Int32(next(365))),
                next(3) == 0 ? .null : .date(first + Int32(next(400))),
            ]
        }
        return TableFixture.make(
            .enrollment, fields: ["person_id", "school_id", "school_year", "grade", "entry_date", "exit_date"], rows: rows)
    }()

    static let students = TableFixture.make(
        .person, fields: ["person_id"], rows: (0..<25_000).map { [.string(String(100_000 + $0 * 6 / 5))] })

    static let rules: [ValidationRule] = [
        T.rule("required(grade)", .required(field: "grade")),
        T.rule("range(grade)", .range(field: "grade", min: .integer(0), max: .integer(12)), .warn),
        T.rule("pattern(school_id)", .pattern(field: "school_id", regex: "0[0-9]+")),
        T.rule("allowed(school_year)", .allowed(field: "school_year", values: [.integer(2022), .integer(2023)])),
        T.rule("unique(person_id, school_year)", .unique(fields: ["person_id", "school_year"])),
        T.rule("unique(person_id, entry_date, school_id)", .unique(fields: ["person_id", "entry_date", "school_id"])),
        T.rule("references(person_id)", .references(field: "person_id", source: "students", sourceField: "person_id")),
        T.rule("check", .check(expression: "exit_date >= entry_date", expressionLocation: SourceLocation(file: T.pipeline, line: 9))),
    ]

    static func evaluate(_ rules: [ValidationRule]) throws -> [RuleOutcome] {
        try T.outcomes(rules, on: table, of: .enrollment, references: ["students": students])
    }

    @Test func outcomesAreTheSameOnEveryRunAndForEachRuleAlone() throws {
        let first = try Self.evaluate(Self.rules)
        let second = try Self.evaluate(Self.rules)
        let alone = try Self.rules.map { try Self.evaluate([$0])[0] }
        for outcomes in [second, alone] {
            #expect(outcomes.map(\.failingRows) == first.map(\.failingRows))
            #expect(outcomes.map(\.findings) == first.map(\.findings))
        }
        #expect(first.allSatisfy { !$0.failingRows.isEmpty && $0.findings.count == RuleOutcome.findingsKept })
        let result = ValidationResult(
            table: Self.table, rules: SourceRules(source: "e", rules: Self.rules), outcomes: first)
        let failing = first.filter { $0.rule.severity >= .error }.map { (outcome: $0, rows: Set($0.failingRows)) }
        #expect(result.quarantinedRows.count > 20_000)
        #expect(result.quarantined.map(\.reason) == result.quarantinedRows.map { row in
            failing.filter { $0.rows.contains(row) }
                .map { "rule '\($0.outcome.rule.name)': \($0.outcome.message(forRow: row))" }.joined(separator: "; ")
        })
        #expect(result.quarantined.map(\.reason) == ValidationResult(
            table: Self.table, rules: SourceRules(source: "e", rules: Self.rules), outcomes: second).quarantined.map(\.reason))
    }

    @Test func columnWiseRulesAgreeWithARowByRowReading() throws {
        let outcomes = try Self.evaluate(Self.rules)
        let table = Self.table
        let rows = 0..<table.rowCount
        #expect(outcomes[0].failingRows == rows.filter { table[$0, "grade"].isNull })
        #expect(outcomes[1].failingRows == rows.filter {
            if case .integer(let grade) = table[$0, "grade"] { return grade < 0 || grade > 12 } else { return false }
        })
        #expect(outcomes[2].failingRows == rows.filter { table[$0, "school_id"] == .string("x9") })
        #expect(outcomes[3].failingRows == rows.filter { ![.integer(2022), .integer(2023)].contains(table[$0, "school_year"]) })
        func duplicates(_ fields: [String]) -> [Int] {
            var seen: Set<[Value]> = []
            return rows.filter { row in
                let key = fields.map { table[row, $0] }
                return !key.contains(.null) && !seen.insert(key).inserted
            }
        }
        #expect(outcomes[4].failingRows == duplicates(["person_id", "school_year"]))
        #expect(outcomes[5].failingRows == duplicates(["person_id", "entry_date", "school_id"]))
        let known = Set((0..<Self.students.rowCount).map { Self.students[$0, "person_id"] })
        #expect(outcomes[6].failingRows == rows.filter { !table[$0, "person_id"].isNull && !known.contains(table[$0, "person_id"]) })
        #expect(outcomes[7].failingRows == rows.filter {
            if case .date(let exit) = table[$0, "exit_date"], case .date(let entry) = table[$0, "entry_date"] { return exit < entry }
            return false
        })
    }
}
