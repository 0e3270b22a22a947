/// Types a parsed expression against an environment and builds the plan to evaluate.
///
/// It reports every error it can find, not only the first: a subtree with an error checks
/// as nil, and operators over such a subtree stay silent, so one mistake gives one message.
struct ExpressionChecker {
    let environment: ExpressionEnvironment
    let base: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var referencedColumns: Set<String> = []

    /// A subtree that checked: its plan, its type and, for a code-typed column, its code list.
    struct Checked {
        var plan: ExpressionPlan
        var type: ExpressionType
        var codes: CodeList? = nil
    }

    init(environment: ExpressionEnvironment, base: SourceLocation) {
        self.environment = environment
        self.base = base
    }

    mutating func report(_ message: String, at offset: ExpressionOffset) {
        diagnostics.append(.error(message, at: offset.location(in: base)))
    }

    /// The checked subtree, or nil when an error in it has been reported.
    mutating func check(_ node: ExpressionNode) -> Checked? {
        switch node.kind {
        case .number, .string, .boolean:
            let value = node.literalValue!
            return Checked(plan: .literal(value), type: value.expressionType!)
        case .null:
            report("null can only be compared with '==' or '!='", at: node.offset)
            return nil
        case .identifier(let name):
            return column(name, at: node.offset)
        case .call(let name, let arguments):
            return call(name, arguments, at: node.offset)
        case .list:
            report("a list '[…]' can only follow 'in'", at: node.offset)
            return nil
        case .unary(.not, let operand):
            guard let checked = check(operand) else { return nil }
            guard checked.type == .boolean else {
                report("'not' needs a boolean operand, found a \(checked.type)", at: operand.offset)
                return nil
            }
            return Checked(plan: .not(checked.plan), type: .boolean)
        case .unary(.negate, let operand):
            guard let checked = check(operand) else { return nil }
            guard checked.type == .number else {
                report("'-' needs a number operand, found a \(checked.type)", at: operand.offset)
                return nil
            }
            return Checked(plan: .negate(checked.plan), type: .number)
        case .binary(let op, let left, let right, let operatorOffset):
            return binary(op, left, right, at: operatorOffset)
        }
    }

    private mutating func binary(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, at offset: ExpressionOffset
    ) -> Checked? {
        if op == .in { return membership(left, right) }
        if let comparison = ExpressionPlan.Comparison(op) { return self.comparison(comparison, op, left, right, at: offset) }
        let operandType: ExpressionType = op == .and || op == .or ? .boolean : .number
        let checkedLeft = check(left), checkedRight = check(right)
        var failed = false
        for (side, node, checked) in [("left", left, checkedLeft), ("right", right, checkedRight)] {
            guard let checked else { failed = true; continue }
            if checked.type != operandType {
                report("'\(op.rawValue)' needs \(operandType) operands; its \(side) operand is a \(checked.type)", at: node.offset)
                failed = true
            }
        }
        guard !failed, let l = checkedLeft?.plan, let r = checkedRight?.plan else { return nil }
        switch op {
        case .and: return Checked(plan: .and(l, r), type: .boolean)
        case .or: return Checked(plan: .or(l, r), type: .boolean)
        default: return Checked(plan: .arithmetic(ExpressionPlan.Arithmetic(op)!, l, r), type: .number)
        }
    }

    private mutating func column(_ name: String, at offset: ExpressionOffset) -> Checked? {
        guard let fieldType = environment.columns[name] else {
            if environment.functions[name] != nil {
                report("'\(name)' is a function; call it as \(name)(…)", at: offset)
            } else {
                report("unknown column '\(name)'" + NameSuggestion.suffix(for: name, among: environment.columns.keys), at: offset)
            }
            return nil
        }
        referencedColumns.insert(name)
        let type = ExpressionType(fieldType)
        var codes: CodeList?
        if case .code(let list) = fieldType { codes = list }
        return Checked(plan: .column(name, type, at: offset), type: type, codes: codes)
    }
}
