import BackboneCore
import Testing

@Suite struct ExpressionEvaluationTests {
    private let frame = ExpressionFixtures.frame

    private func mask(_ text: String, functions: [String: ExpressionFunction] = [:]) throws -> [Bool] {
        try ExpressionFixtures.compile(text).mask(on: frame, functions: functions)
    }

    private func numbers(_ text: String) throws -> [Double?] {
        try ExpressionFixtures.compile(text).numbers(on: frame)
    }

    @Test func filtersGiveOneFlagPerRowWithNullAsFalse() throws {
        #expect(try mask("grade == 3 and tested_ela") == [true, false, false, true])
        #expect(try mask("ela_level >= 3") == [true, false, false, false])
        #expect(try mask("ela_level < 3") == [false, false, true, true])
        #expect(try mask("not homeless") == [true, false, false, true])
        #expect(try mask("ela_level != null") == [true, false, true, true])
        #expect(try mask("ela_level == null") == [false, true, false, false])
        #expect(try mask("grade == 3 and ela_level != null") == [true, false, false, true])
        #expect(try mask("entry_date < '2023-09-01'") == [true, false, false, true])
        #expect(try mask("entry_date == entry_date") == [true, false, true, true])
    }

    @Test func arithmeticIsNullWithNullsAndDivisionByZero() throws {
        #expect(try numbers("days_absent / days_enrolled") == [20.0 / 180, nil, nil, 18.0 / 170])
        #expect(try mask("days_absent / days_enrolled >= 0.10") == [true, false, false, true])
        #expect(try numbers("(days_absent + ela_level) * 2 - -grade") == [49, nil, nil, 41])
        #expect(try numbers("grade / 0") == [nil, nil, nil, nil])
        #expect(try mask("days_absent / 0 == null") == [true, true, true, true])
        #expect(try mask("days_absent / days_enrolled == null") == [false, true, true, false])
    }

    @Test func inMatchesListedValuesAndNeverNull() throws {
        #expect(try mask("race_ethnicity in [\"black\", \"hispanic\"]") == [true, true, false, false])
        #expect(try mask("not race_ethnicity in ['white']") == [true, true, false, false])
        #expect(try mask("grade in [4, -1]") == [false, false, true, false])
        #expect(try mask("ela_level in [1, 2]") == [false, false, true, true])
        #expect(try mask("entry_date in ['2023-09-05']") == [false, false, true, false])
        #expect(try mask("homeless in [true]") == [false, false, true, false])
    }

    @Test func stringsCompareAcrossDictionaries() throws {
        #expect(try mask("school_id == prior_school_id") == [false, true, false, true])
        #expect(try mask("school_id != prior_school_id") == [true, false, false, false])
        #expect(try mask("school_id < prior_school_id") == [true, false, false, false])
        #expect(try mask("school_id < 'B'") == [true, false, false, true])
        #expect(try mask("school_id == 'B'") == [false, true, false, false])
    }

    @Test func functionsReceiveTheirLiteralArgumentsAndGiveAColumn() throws {
        let hours: ExpressionFunction = { arguments, table in
            let perPartner: [Value: [Value]] = [
                .string("youthworks"): [.decimal(40), .null, .decimal(10), .decimal(30)],
                .string("riverton_usd"): [.null, .null, .null, .null],
            ]
            var builder = TableBuilder(name: "hours", fields: [("hours", .decimal)], origins: RowOrigins(unit: .line))
            builder.beginFile("hours")
            for (row, value) in (perPartner[arguments[0]] ?? []).enumerated() { builder.append([value], origin: row + 1) }
            return builder.build().columns[0]
        }
        let functions = ["program_hours": hours]
        #expect(try mask("program_hours(\"youthworks\") >= 30", functions: functions) == [true, false, false, true])
        #expect(try mask("program_hours('riverton_usd') == null", functions: functions) == [true, true, true, true])
        #expect(try ExpressionFixtures.compile("program_hours('youthworks') / days_enrolled * 180")
            .numbers(on: frame, functions: functions) == [40, nil, 10.0 / 170 * 180, 30.0 / 170 * 180])
    }

    @Test func derivedColumnsKeepNulls() throws {
        let rate = try ExpressionFixtures.compile("days_absent / days_enrolled")
            .column(named: "absence_rate", on: frame)
        #expect(rate.name == "absence_rate")
        #expect(rate.type == .decimal)
        #expect((0..<4).map { rate[$0] } == [.decimal(20.0 / 180), .null, .null, .decimal(18.0 / 170)])
        let code = try ExpressionFixtures.compile("race_ethnicity").column(named: "group", on: frame)
        #expect((0..<4).map { code[$0] } == [.string("black"), .string("hispanic"), .string("white"), .null])
        let flag = try ExpressionFixtures.compile("ela_level >= 2").column(named: "flag", on: frame)
        #expect((0..<4).map { flag[$0] } == [.boolean(true), .null, .boolean(true), .boolean(false)])
    }

    @Test func threeValuedLogicTruthTables() throws {
        let truth: [Value] = [.boolean(true), .boolean(false), .null]
        var builder = TableBuilder(name: "pairs", fields: [("p", .boolean), ("q", .boolean)], origins: RowOrigins(unit: .line))
        builder.beginFile("pairs")
        for p in truth {
            for q in truth { builder.append([p, q], origin: builder.rowCount + 1) }
        }
        let pairs = builder.build()
        let environment = ExpressionEnvironment(columns: ["p": .boolean, "q": .boolean])
        func values(_ text: String) throws -> [Value] {
            let column = try Expression.compile(text, at: ExpressionFixtures.base, in: environment)
                .column(named: "r", on: pairs)
            return (0..<pairs.rowCount).map { column[$0] }
        }
        let (t, f, n) = (Value.boolean(true), Value.boolean(false), Value.null)
        // Rows: p = T T T F F F N N N against q = T F N T F N T F N.
        #expect(try values("p and q") == [t, f, n, f, f, f, n, f, n])
        #expect(try values("p or q") == [t, t, t, t, f, n, t, n, n])
        #expect(try values("not p") == [f, f, f, t, t, t, n, n, n])
        #expect(try values("p == q") == [t, f, n, f, t, n, n, n, n])
        #expect(try values("p == null") == [f, f, f, f, f, f, t, t, t])
        #expect(try values("q != null") == [t, t, f, t, t, f, t, t, f])
        #expect(try Expression.compile("p or q", at: ExpressionFixtures.base, in: environment)
            .mask(on: pairs) == [true, true, true, true, false, false, true, false, false])
    }

    @Test func mismatchedTablesAndMissingFunctionsAreDiagnosed() throws {
        let other = ExpressionEnvironment(columns: ["grade": .grade, "absent": .integer, "race_ethnicity": .integer])
        let missing = try Expression.compile("grade == 3 and absent > 2", at: ExpressionFixtures.base, in: other)
        #expect(throws: Diagnostic.error("column 'absent' is not in table 'frame'", at: SourceLocation(file: "pipeline.yml", line: 40, column: 32))) {
            try missing.mask(on: frame)
        }
        let retyped = try Expression.compile("race_ethnicity > 2", at: ExpressionFixtures.base, in: other)
        #expect(throws: Diagnostic.error(
            "column 'race_ethnicity' of table 'frame' holds string values, but the expression was checked with it as a number",
            at: ExpressionFixtures.base)) {
            try retyped.mask(on: frame)
        }
        #expect(throws: Diagnostic.error(
            "no implementation was given for function 'program_hours'", at: ExpressionFixtures.base)) {
            try mask("program_hours('youthworks') > 1")
        }
    }
}
