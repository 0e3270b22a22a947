import BackboneCore

/// `check`: a boolean expression over the source's fields (`exit_date >= entry_date`); a row
/// fails where it is false. Where it is null (a value it needs is missing) the row passes.
struct CheckRuleEvaluator: RuleEvaluator {
    let expression: CompiledExpression
    let text: String
    let input: RuleInput

    init(expression text: String, at location: SourceLocation, input: RuleInput) throws(DiagnosticsError) {
        var columns: [String: FieldType] = [:]
        for column in input.table.columns { columns[column.name] = column.type }
        expression = try Expression.compile(
            text, at: location, in: ExpressionEnvironment(columns: columns), expecting: .boolean)
        self.text = text
        self.input = input
    }

    func evaluate() throws(Diagnostic) -> RuleFailures {
        let result = try expression.column(named: "check", on: input.table)
        var rows: [Int] = []
        if case .booleans(let values, let valid) = result.storage {
            for i in values.indices where valid[i] && !values[i] { rows.append(i) }
        }
        let input = input, text = text, fields = expression.referencedColumns.compactMap { input.table.column($0) }
        return RuleFailures(rows: rows) { row in
            let values = fields.map { "\($0.name) \(input.show($0[row], of: $0))" }
            return "check failed: \(text) (\(values.joined(separator: ", ")))"
        }
    }
}
