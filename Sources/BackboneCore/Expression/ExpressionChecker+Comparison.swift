/// Comparisons, `== null` tests and `in` lists, where literals meet typed operands: a string
/// literal compared with a date is read as a `YYYY-MM-DD` date, and one compared with a
/// code-typed column must be in its code list.
extension ExpressionChecker {
    mutating func comparison(
        _ comparison: ExpressionPlan.Comparison, _ op: BinaryOperator,
        _ left: ExpressionNode, _ right: ExpressionNode, at offset: ExpressionOffset
    ) -> Checked? {
        if !comparison.isOrdering, left.kind == .null || right.kind == .null {
            return nullTest(comparison, op, left, right, at: offset)
        }
        let checkedLeft = check(left), checkedRight = check(right)
        guard let checkedLeft, let checkedRight,
              let l = coerced(left, checkedLeft, toward: checkedRight),
              let r = coerced(right, checkedRight, toward: checkedLeft)
        else { return nil }
        guard l.type == r.type else {
            report("cannot compare \(l.type) with \(r.type)", at: offset)
            return nil
        }
        if comparison.isOrdering, l.type == .boolean {
            report("cannot order booleans with '\(op.rawValue)'; use '==' or '!='", at: offset)
            return nil
        }
        return Checked(plan: .comparison(comparison, l.plan, r.plan), type: .boolean)
    }

    /// `x == null` and `x != null`, allowed on an operand of any type.
    private mutating func nullTest(
        _ comparison: ExpressionPlan.Comparison, _ op: BinaryOperator,
        _ left: ExpressionNode, _ right: ExpressionNode, at offset: ExpressionOffset
    ) -> Checked? {
        guard left.kind != right.kind else {
            report("both sides of '\(op.rawValue)' are null", at: offset)
            return nil
        }
        guard let operand = check(left.kind == .null ? right : left) else { return nil }
        let test = ExpressionPlan.isNull(operand.plan)
        return Checked(plan: comparison == .equal ? test : .not(test), type: .boolean)
    }

    mutating func membership(_ left: ExpressionNode, _ right: ExpressionNode) -> Checked? {
        guard let checkedLeft = check(left), case .list(let elements) = right.kind else { return nil }
        guard !elements.isEmpty else {
            report("the list after 'in' is empty", at: right.offset)
            return nil
        }
        var values: [Value] = []
        for element in elements {
            guard let literal = element.literalValue else {
                report("a list after 'in' can hold only literal values", at: element.offset)
                continue
            }
            guard literal != .null else {
                report("null cannot be in a list; test for it with '== null'", at: element.offset)
                continue
            }
            guard let value = self.literal(literal, at: element.offset, toward: checkedLeft) else { continue }
            guard value.expressionType == checkedLeft.type else {
                report("cannot compare \(checkedLeft.type) with \(value.expressionType!)", at: element.offset)
                continue
            }
            values.append(value)
        }
        guard values.count == elements.count else { return nil }
        return Checked(plan: .membership(checkedLeft.plan, values), type: .boolean)
    }

    /// `checked` again, or, when `node` is a string literal, the literal read toward `other`.
    private mutating func coerced(_ node: ExpressionNode, _ checked: Checked, toward other: Checked) -> Checked? {
        guard case .string(let text) = node.kind else { return checked }
        guard let value = literal(.string(text), at: node.offset, toward: other) else { return nil }
        return Checked(plan: .literal(value), type: value.expressionType!)
    }

    /// A literal as it will be compared with `other`, or nil when it cannot be (reported).
    private mutating func literal(_ value: Value, at offset: ExpressionOffset, toward other: Checked) -> Value? {
        guard case .string(let text) = value else { return value }
        switch other.type {
        case .date:
            return date(text, at: offset)
        case .string:
            if let codes = other.codes, !codes.contains(text) {
                report("'\(text)' is not a \(codes.name) code; expected one of: \(codes.codes.joined(separator: ", "))", at: offset)
                return nil
            }
            return value
        case .boolean, .number:
            return value
        }
    }

    /// A `YYYY-MM-DD` string literal as a date, or nil (reported) when it is not one.
    mutating func date(_ text: String, at offset: ExpressionOffset) -> Value? {
        guard let day = ExpressionChecker.isoDate.parse(text), CalendarDate.iso(day) == text else {
            report("'\(text)' is not a date; write dates as YYYY-MM-DD", at: offset)
            return nil
        }
        return .date(day)
    }

    private static let isoDate = DateLayout("YYYY-MM-DD")!
}

extension ExpressionNode {
    /// The value of a literal (a negated number counts), or nil for anything else.
    var literalValue: Value? {
        switch kind {
        case .number(let value): return .decimal(value)
        case .string(let value): return .string(value)
        case .boolean(let value): return .boolean(value)
        case .null: return .null
        case .unary(.negate, let operand):
            guard case .number(let value) = operand.kind else { return nil }
            return .decimal(-value)
        default: return nil
        }
    }
}

extension Value {
    /// The expression type of a literal value; nil for null.
    var expressionType: ExpressionType? {
        switch self {
        case .null: return nil
        case .string: return .string
        case .integer, .decimal: return .number
        case .date: return .date
        case .boolean: return .boolean
        }
    }
}
