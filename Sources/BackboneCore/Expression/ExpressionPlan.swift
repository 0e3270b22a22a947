/// A checked expression, ready to evaluate: names resolved, types known, `== null` turned
/// into a null test and date literals parsed. Literal numbers are `.decimal`.
indirect enum ExpressionPlan: Sendable {
    enum Arithmetic: Sendable { case plus, minus, times, divide }
    enum Comparison: Sendable { case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual }

    case column(String, ExpressionType, at: ExpressionOffset)
    case literal(Value)
    case call(String, arguments: [Value], ExpressionType, at: ExpressionOffset)
    /// True exactly where the operand is null.
    case isNull(ExpressionPlan)
    case not(ExpressionPlan)
    case and(ExpressionPlan, ExpressionPlan)
    case or(ExpressionPlan, ExpressionPlan)
    case negate(ExpressionPlan)
    case arithmetic(Arithmetic, ExpressionPlan, ExpressionPlan)
    case comparison(Comparison, ExpressionPlan, ExpressionPlan)
    /// `x in [literals]`; the literals have the operand's type.
    case membership(ExpressionPlan, [Value])
}

extension ExpressionPlan.Comparison {
    init?(_ op: BinaryOperator) {
        switch op {
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        default: return nil
        }
    }

    var isOrdering: Bool { self != .equal && self != .notEqual }

    func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
        switch self {
        case .equal: return left == right
        case .notEqual: return left != right
        case .less: return left < right
        case .lessOrEqual: return left <= right
        case .greater: return left > right
        case .greaterOrEqual: return left >= right
        }
    }
}

extension ExpressionPlan.Arithmetic {
    init?(_ op: BinaryOperator) {
        switch op {
        case .plus: self = .plus
        case .minus: self = .minus
        case .times: self = .times
        case .divide: self = .divide
        default: return nil
        }
    }

    /// Nil for division by zero, as SQL would give null.
    func apply(_ left: Double, _ right: Double) -> Double? {
        switch self {
        case .plus: return left + right
        case .minus: return left - right
        case .times: return left * right
        case .divide: return right == 0 ? nil : left / right
        }
    }
}
