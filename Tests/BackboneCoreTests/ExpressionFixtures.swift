import BackboneCore

/// The environment, base location and small table the expression tests share.
enum ExpressionFixtures {
    static let partners = ["riverton_usd", "youthworks"]

    static let environment = ExpressionEnvironment(
        columns: [
            "grade": .grade,
            "ela_level": .integer,
            "tested_ela": .boolean,
            "homeless": .boolean,
            "days_absent": .integer,
            "days_enrolled": .integer,
            "race_ethnicity": .code(.raceEthnicity),
            "entry_date": .date,
            "exit_date": .date,
            "school_id": .string,
            "prior_school_id": .string,
            "scale_score": .decimal,
        ],
        functions: [
            "program_hours": FunctionSignature(
                parameters: [
                    .init("organization", .string) { value in
                        guard case .string(let id) = value, !partners.contains(id) else { return nil }
                        return "'\(id)' is not a partner id; expected one of: \(partners.joined(separator: ", "))"
                    }
                ],
                result: .number)
        ])

    /// Where the expressions sit in the pipeline file: line 40, column 17.
    static let base = SourceLocation(file: "pipeline.yml", line: 40, column: 17)

    /// Each diagnostic as `file:line:column: error: message`; empty when the expression compiles.
    static func errors(_ text: String, expecting: ExpressionType? = nil) -> [String] {
        do {
            _ = try Expression.compile(text, at: base, in: environment, expecting: expecting)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Value {
        .date(CalendarDate.dayNumber(year: year, month: month, day: day)!)
    }

    /// Four student-years with nulls in most columns, and a zero `days_enrolled`.
    static let frame: Table = {
        let fields: [(name: String, type: FieldType)] = [
            ("grade", .grade), ("ela_level", .integer), ("tested_ela", .boolean), ("homeless", .boolean),
            ("days_absent", .integer), ("days_enrolled", .integer), ("race_ethnicity", .code(.raceEthnicity)),
            ("entry_date", .date), ("school_id", .string), ("prior_school_id", .string),
        ]
        let rows: [[Value]] = [
            [.integer(3), .integer(3), .boolean(true), .boolean(false), .integer(20), .integer(180),
             .string("black"), day(2023, 8, 20), .string("A"), .string("B")],
            [.integer(3), .null, .boolean(false), .null, .integer(0), .integer(0),
             .string("hispanic"), .null, .string("B"), .string("B")],
            [.integer(4), .integer(2), .boolean(true), .boolean(true), .null, .integer(170),
             .string("white"), day(2023, 9, 5), .string("C"), .null],
            [.integer(3), .integer(1), .boolean(true), .boolean(false), .integer(18), .integer(170),
             .null, day(2023, 8, 20), .string("A"), .string("A")],
        ]
        var builder = TableBuilder(name: "frame", fields: fields, origins: RowOrigins(unit: .line))
        builder.beginFile("frame.csv")
        for (index, row) in rows.enumerated() { builder.append(row, origin: index + 2) }
        return builder.build()
    }()

    static func compile(_ text: String) throws -> CompiledExpression {
        try Expression.compile(text, at: base, in: environment)
    }
}
