/// How tightly an operator binds, loosest first.
///
/// `or` < `and` < `not` < comparison (`== != < <= > >= in`, non-associative) < `+ -` < `* /`
/// < unary minus < primary.
public enum ExpressionPrecedence: Int, Sendable, Comparable {
    case or = 1, and, not, comparison, additive, multiplicative, negation, primary

    public static func < (lhs: ExpressionPrecedence, rhs: ExpressionPrecedence) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The next tighter level: the right operand of a left-associative operator binds at least this tightly.
    var tighter: ExpressionPrecedence { ExpressionPrecedence(rawValue: rawValue + 1) ?? .primary }
}

public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in`
    case plus = "+", minus = "-", times = "*", divide = "/"

    public var precedence: ExpressionPrecedence {
        switch self {
        case .or: return .or
        case .and: return .and
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in: return .comparison
        case .plus, .minus: return .additive
        case .times, .divide: return .multiplicative
        }
    }
}

public enum UnaryOperator: String, Hashable, Sendable {
    case not
    case negate = "-"

    public var precedence: ExpressionPrecedence { self == .not ? .not : .negation }
}
