/// A parsed expression: the syntax tree the checker types and the methodology page re-prints.
///
/// Every node keeps `offset`, where its text begins; a binary node also keeps where its
/// operator is, since type errors about an operator point there.
public struct ExpressionNode: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case number(Double)
        case string(String)
        case boolean(Bool)
        case null
        case identifier(String)
        case call(name: String, arguments: [ExpressionNode])
        /// Only as the right operand of `in`.
        case list([ExpressionNode])
        case unary(UnaryOperator, ExpressionNode)
        case binary(BinaryOperator, ExpressionNode, ExpressionNode, operatorOffset: ExpressionOffset)
    }

    public let kind: Kind
    public let offset: ExpressionOffset

    public init(_ kind: Kind, at offset: ExpressionOffset) {
        self.kind = kind
        self.offset = offset
    }

    /// How tightly this node binds when printed inside another.
    var precedence: ExpressionPrecedence {
        switch kind {
        case .unary(let op, _): return op.precedence
        case .binary(let op, _, _, _): return op.precedence
        default: return .primary
        }
    }
}
