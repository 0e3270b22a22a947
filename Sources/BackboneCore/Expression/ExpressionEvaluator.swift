/// A caller-provided function: given a call's literal arguments and the table, the column
/// of its values, one per row (for example a person's program hours with one partner).
public typealias ExpressionFunction = @Sendable (_ arguments: [Value], _ table: Table) -> Column

/// Runs a checked plan over a table, one whole column per plan node.
///
/// Types were settled by the checker; what can still go wrong is the table or the functions
/// not matching the environment the expression was checked against, reported as a diagnostic
/// at the name in the expression.
struct ExpressionEvaluator {
    let table: Table
    let functions: [String: ExpressionFunction]
    let base: SourceLocation

    func evaluate(_ plan: ExpressionPlan) throws(Diagnostic) -> ExpressionVector {
        switch plan {
        case .column(let name, let type, let offset):
            guard let column = table.column(name) else {
                throw failure("column '\(name)' is not in table '\(table.name)'", at: offset)
            }
            return try checked(ExpressionVector(column), type, "column '\(name)' of table '\(table.name)'", at: offset)
        case .literal(let value):
            guard let vector = ExpressionVector(repeating: value, count: table.rowCount) else {
                preconditionFailure("a checked plan holds no null literal")
            }
            return vector
        case .call(let name, let arguments, let type, let offset):
            guard let function = functions[name] else {
                throw failure("no implementation was given for function '\(name)'", at: offset)
            }
            let column = function(arguments, table)
            guard column.count == table.rowCount else {
                throw failure("function \(name) gave \(column.count) values for the \(table.rowCount) rows of table '\(table.name)'", at: offset)
            }
            return try checked(ExpressionVector(column), type, "function \(name)", at: offset)
        case .isNull(let operand):
            let valid = try evaluate(operand).validity
            return .booleans(valid.map { !$0 }, valid: [Bool](repeating: true, count: valid.count))
        case .not(let operand):
            return try evaluate(operand).negated()
        case .and(let left, let right):
            return try evaluate(left).and(evaluate(right))
        case .or(let left, let right):
            return try evaluate(left).or(evaluate(right))
        case .negate(let operand):
            return try evaluate(operand).arithmeticNegation()
        case .arithmetic(let op, let left, let right):
            return try evaluate(left).arithmetic(op, evaluate(right))
        case .comparison(let op, let left, let right):
            return try evaluate(left).compared(op, with: evaluate(right))
        case .membership(let operand, let values):
            return try evaluate(operand).membership(in: values)
        }
    }

    private func checked(
        _ vector: ExpressionVector, _ type: ExpressionType, _ what: String, at offset: ExpressionOffset
    ) throws(Diagnostic) -> ExpressionVector {
        guard vector.type == type else {
            throw failure("\(what) holds \(vector.type) values, but the expression was checked with it as a \(type)", at: offset)
        }
        return vector
    }

    private func failure(_ message: String, at offset: ExpressionOffset) -> Diagnostic {
        .error(message, at: offset.location(in: base))
    }
}
