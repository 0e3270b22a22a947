/// One lexical unit of an expression, with where it starts.
struct ExpressionToken: Hashable, Sendable {
    enum Keyword: String, Sendable {
        case and, or, not, `in`, `true`, `false`, null
    }

    enum Symbol: String, Sendable, CaseIterable {
        case equal = "=="
        case notEqual = "!="
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
        case plus = "+"
        case minus = "-"
        case times = "*"
        case divide = "/"
        case leftParenthesis = "("
        case rightParenthesis = ")"
        case leftBracket = "["
        case rightBracket = "]"
        case comma = ","
    }

    enum Kind: Hashable, Sendable {
        case number(Double)
        case string(String)
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case end
    }

    let kind: Kind
    /// The token as written, for messages.
    let text: String
    let offset: ExpressionOffset

    /// How a message names this token: quoted as written, or "the end of the expression".
    var quoted: String {
        kind == .end ? "the end of the expression" : "'\(text)'"
    }
}
