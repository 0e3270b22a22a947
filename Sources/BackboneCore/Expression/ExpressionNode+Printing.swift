/// Re-printing expressions: a canonical form for the methodology page, and a fully
/// parenthesized form that shows how the parser grouped the operators.
extension ExpressionNode: CustomStringConvertible {
    /// Canonical source: single spaces around operators, double-quoted strings, and only the
    /// parentheses the grouping needs. Parsing it gives back the same tree.
    public var description: String { text(parenthesizingAll: false) }

    /// Every operator application in parentheses, `((a + b) * 2)`: shows the grouping.
    public var fullyParenthesized: String { text(parenthesizingAll: true) }

    private func text(parenthesizingAll all: Bool) -> String {
        switch kind {
        case .number(let value): return ExpressionNode.numberText(value)
        case .string(let value): return ExpressionNode.stringText(value)
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "null"
        case .identifier(let name): return name
        case .call(let name, let arguments):
            return "\(name)(\(arguments.map { $0.text(parenthesizingAll: all) }.joined(separator: ", ")))"
        case .list(let elements):
            return "[\(elements.map { $0.text(parenthesizingAll: all) }.joined(separator: ", "))]"
        case .unary(let op, let operand):
            let needsParentheses = operand.precedence < op.precedence || operand.isNegation
            let inner = operand.text(parenthesizingAll: all, wrapped: !all && needsParentheses)
            let text = op == .not ? "not \(inner)" : "-\(inner)"
            return all ? "(\(text))" : text
        case .binary(let op, let left, let right, _):
            let chainedComparison = op.precedence == .comparison && left.precedence == .comparison
            let leftText = left.text(parenthesizingAll: all, wrapped: !all && (left.precedence < op.precedence || chainedComparison))
            let rightText = right.text(parenthesizingAll: all, wrapped: !all && right.precedence <= op.precedence)
            let text = "\(leftText) \(op.rawValue) \(rightText)"
            return all ? "(\(text))" : text
        }
    }

    private func text(parenthesizingAll all: Bool, wrapped: Bool) -> String {
        let text = text(parenthesizingAll: all)
        return wrapped ? "(\(text))" : text
    }

    private var isNegation: Bool {
        if case .unary(.negate, _) = kind { return true }
        return false
    }

    /// `3`, `0.1`, `1e+20`: integers without a fraction, others in the shortest exact form.
    static func numberText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Double-quoted, with `"` and `\` escaped.
    static func stringText(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { text += "\\" }
            text.unicodeScalars.append(scalar)
        }
        return text + "\""
    }
}
