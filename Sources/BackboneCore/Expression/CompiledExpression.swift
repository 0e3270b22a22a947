/// A parsed and type-checked expression, ready to run over any table with the columns it names.
///
/// Compile once when the pipeline file is checked; evaluate every night. `description` is
/// the canonical source for the methodology page; `referencedColumns` tells which inputs
/// an indicator depends on.
public struct CompiledExpression: Sendable, CustomStringConvertible {
    public let syntax: ExpressionNode
    /// Where the expression starts in the pipeline file; evaluation errors point into it.
    public let location: SourceLocation
    public let resultType: ExpressionType
    /// Every column the expression reads, sorted, without repeats.
    public let referencedColumns: [String]
    let plan: ExpressionPlan

    /// Canonical source: `grade == 3 and ela_level != null`.
    public var description: String { syntax.description }

    /// Which rows a boolean expression keeps: null counts as false. Length is `table.rowCount`.
    public func mask(on table: Table, functions: [String: ExpressionFunction] = [:]) throws(Diagnostic) -> [Bool] {
        precondition(resultType == .boolean, "mask of a \(resultType) expression")
        let (values, valid) = try evaluate(on: table, functions: functions).booleanRows
        return zip(values, valid).map { $0 && $1 }
    }

    /// A number expression's value in each row, nil where it is null.
    public func numbers(on table: Table, functions: [String: ExpressionFunction] = [:]) throws(Diagnostic) -> [Double?] {
        precondition(resultType == .number, "numbers of a \(resultType) expression")
        let (values, valid) = try evaluate(on: table, functions: functions).numberRows
        return zip(values, valid).map { $1 ? $0 : nil }
    }

    /// The expression's values as a column named `name` (a derived column): numbers are
    /// decimals, strings plain strings.
    public func column(named name: String, on table: Table, functions: [String: ExpressionFunction] = [:]) throws(Diagnostic) -> Column {
        try evaluate(on: table, functions: functions).column(named: name)
    }

    private func evaluate(on table: Table, functions: [String: ExpressionFunction]) throws(Diagnostic) -> ExpressionVector {
        try ExpressionEvaluator(table: table, functions: functions, base: location).evaluate(plan)
    }
}
