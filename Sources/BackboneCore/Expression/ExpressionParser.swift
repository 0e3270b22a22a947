/// A Pratt parser from tokens to an `ExpressionNode`, stopping at the first syntax error.
///
/// Comparisons do not chain (`a < b < c` is an error), `not` binds looser than comparisons
/// (`not a == b` is `not (a == b)`) and so needs parentheses inside one, and a list
/// `[…]` may only follow `in`.
///
/// Size is bounded so a hostile or runaway expression cannot exhaust the stack of the parser or
/// of the walks over its tree: at most `maximumTokens` tokens and `maximumDepth` levels of
/// parentheses, `not`, signs and right operands inside each other.
struct ExpressionParser {
    static let maximumTokens = 1000
    static let maximumDepth = 64

    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0

    init(_ text: String) throws(ExpressionSyntaxError) {
        var lexer = ExpressionLexer(text)
        tokens = try lexer.tokens()
        if tokens.count > Self.maximumTokens + 1 {
            throw ExpressionSyntaxError(
                "the expression is longer than \(Self.maximumTokens) tokens; expected a shorter condition", at: tokens[Self.maximumTokens].offset)
        }
    }

    mutating func parse() throws(ExpressionSyntaxError) -> ExpressionNode {
        if peek.kind == .end { throw ExpressionSyntaxError("empty expression", at: peek.offset) }
        let node = try expression(binding: .or)
        guard peek.kind == .end else {
            throw ExpressionSyntaxError(
                "unexpected \(peek.quoted) after a complete expression; expected an operator or the end", at: peek.offset)
        }
        return node
    }

    private var peek: ExpressionToken { tokens[position] }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if token.kind != .end { position += 1 }
        return token
    }

    private mutating func expect(_ symbol: ExpressionToken.Symbol, _ context: String) throws(ExpressionSyntaxError) {
        guard peek.kind == .symbol(symbol) else {
            throw ExpressionSyntaxError("expected '\(symbol.rawValue)' \(context), found \(peek.quoted)", at: peek.offset)
        }
        _ = advance()
    }

    /// An expression whose operators all bind at least as tightly as `minimum`.
    private mutating func expression(binding minimum: ExpressionPrecedence) throws(ExpressionSyntaxError) -> ExpressionNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw ExpressionSyntaxError("the expression is nested more than \(Self.maximumDepth) levels deep", at: peek.offset)
        }
        var left = try prefix(binding: minimum)
        while let op = binaryOperator(peek), op.precedence >= minimum {
            let opToken = advance()
            let right = op == .in ? try list() : try expression(binding: op.precedence.tighter)
            left = ExpressionNode(.binary(op, left, right, operatorOffset: opToken.offset), at: left.offset)
            if op.precedence == .comparison, let next = binaryOperator(peek), next.precedence == .comparison {
                throw ExpressionSyntaxError(
                    "comparisons cannot be chained; join them with 'and' or add parentheses", at: peek.offset)
            }
        }
        return left
    }

    private func binaryOperator(_ token: ExpressionToken) -> BinaryOperator? {
        switch token.kind {
        case .keyword(.and): return .and
        case .keyword(.or): return .or
        case .keyword(.in): return .in
        case .symbol(let symbol): return BinaryOperator(rawValue: symbol.rawValue)
        default: return nil
        }
    }

    private mutating func prefix(binding minimum: ExpressionPrecedence) throws(ExpressionSyntaxError) -> ExpressionNode {
        let token = advance()
        switch token.kind {
        case .keyword(.not):
            guard minimum <= .not else {
                throw ExpressionSyntaxError("'not' cannot appear here; put 'not …' in parentheses", at: token.offset)
            }
            return ExpressionNode(.unary(.not, try expression(binding: .not)), at: token.offset)
        case .symbol(.minus):
            return ExpressionNode(.unary(.negate, try expression(binding: .negation)), at: token.offset)
        case .symbol(.leftParenthesis):
            let inner = try expression(binding: .or)
            try expect(.rightParenthesis, "to close '('")
            return inner
        case .symbol(.leftBracket):
            throw ExpressionSyntaxError("a list '[…]' can only follow 'in'", at: token.offset)
        case .number(let value): return ExpressionNode(.number(value), at: token.offset)
        case .string(let value): return ExpressionNode(.string(value), at: token.offset)
        case .keyword(.true): return ExpressionNode(.boolean(true), at: token.offset)
        case .keyword(.false): return ExpressionNode(.boolean(false), at: token.offset)
        case .keyword(.null): return ExpressionNode(.null, at: token.offset)
        case .identifier(let name):
            guard peek.kind == .symbol(.leftParenthesis) else { return ExpressionNode(.identifier(name), at: token.offset) }
            _ = advance()
            let arguments = try elements(until: .rightParenthesis, binding: .or, context: "to close the arguments of \(name)")
            return ExpressionNode(.call(name: name, arguments: arguments), at: token.offset)
        case .end:
            throw ExpressionSyntaxError("unexpected end of expression; expected a value, a column or '('", at: token.offset)
        case .keyword, .symbol:
            throw ExpressionSyntaxError("expected a value, a column or '(', found \(token.quoted)", at: token.offset)
        }
    }

    /// The `[…]` after `in`.
    private mutating func list() throws(ExpressionSyntaxError) -> ExpressionNode {
        let open = peek
        guard open.kind == .symbol(.leftBracket) else {
            throw ExpressionSyntaxError("expected a list like [\"a\", \"b\"] after 'in', found \(open.quoted)", at: open.offset)
        }
        _ = advance()
        let elements = try elements(until: .rightBracket, binding: .additive, context: "to close the list")
        return ExpressionNode(.list(elements), at: open.offset)
    }

    /// Comma-separated expressions up to and including `close`.
    private mutating func elements(
        until close: ExpressionToken.Symbol, binding minimum: ExpressionPrecedence, context: String
    ) throws(ExpressionSyntaxError) -> [ExpressionNode] {
        var elements: [ExpressionNode] = []
        if peek.kind == .symbol(close) {
            _ = advance()
            return elements
        }
        while true {
            elements.append(try expression(binding: minimum))
            if peek.kind == .symbol(.comma) {
                _ = advance()
                continue
            }
            try expect(close, "or ',' \(context)")
            return elements
        }
    }
}
