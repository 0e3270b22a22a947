/// Splits an expression into tokens, counting lines and columns in Unicode scalars.
///
/// Numbers are digits with an optional fraction and exponent (`3`, `0.10`, `1e6`); strings
/// take single or double quotes with `\\`, `\'` and `\"` escapes and may not span lines.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Every token, ending with `.end`.
    mutating func tokens() throws(ExpressionSyntaxError) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        while true {
            skipSpace()
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var offset: ExpressionOffset { ExpressionOffset(line: line, column: column) }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func advance() -> Unicode.Scalar {
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return scalar
    }

    private mutating func skipSpace() {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
            _ = advance()
        }
    }

    private mutating func next() throws(ExpressionSyntaxError) -> ExpressionToken {
        let start = offset
        guard let scalar = peek() else { return ExpressionToken(kind: .end, text: "", offset: start) }
        if scalar.isDigit { return try number(at: start) }
        if scalar.isIdentifierStart { return word(at: start) }
        if scalar == "\"" || scalar == "'" { return try string(at: start) }
        for symbol in ExpressionToken.Symbol.allCases where matches(symbol.rawValue) {
            for _ in symbol.rawValue.unicodeScalars { _ = advance() }
            return ExpressionToken(kind: .symbol(symbol), text: symbol.rawValue, offset: start)
        }
        throw ExpressionSyntaxError(unexpectedCharacterMessage(scalar), at: start)
    }

    private func matches(_ text: String) -> Bool {
        text.unicodeScalars.enumerated().allSatisfy { peek($0.offset) == $0.element }
    }

    private func unexpectedCharacterMessage(_ scalar: Unicode.Scalar) -> String {
        if matches("&&") { return "'&&' is not an operator; write 'and'" }
        if matches("||") { return "'||' is not an operator; write 'or'" }
        switch scalar {
        case "=": return "'=' is not an operator; write '==' to compare"
        case "!": return "'!' is not an operator; write 'not', or '!=' to compare"
        default: return "unexpected character '\(scalar.escaped(asASCII: false))'"
        }
    }

    private mutating func number(at start: ExpressionOffset) throws(ExpressionSyntaxError) -> ExpressionToken {
        var text = ""
        func digits() { while let s = peek(), s.isDigit { text.unicodeScalars.append(advance()) } }
        digits()
        if peek() == ".", peek(1)?.isDigit == true {
            text.unicodeScalars.append(advance())
            digits()
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if peek(signed ? 2 : 1)?.isDigit == true {
                text.unicodeScalars.append(advance())
                if signed { text.unicodeScalars.append(advance()) }
                digits()
            }
        }
        if let s = peek(), s.isIdentifierStart || s == "." {
            throw ExpressionSyntaxError("malformed number starting '\(text)'", at: start)
        }
        guard let value = Double(text), value.isFinite else {
            throw ExpressionSyntaxError("number '\(text)' is too large", at: start)
        }
        return ExpressionToken(kind: .number(value), text: text, offset: start)
    }

    private mutating func word(at start: ExpressionOffset) -> ExpressionToken {
        var text = ""
        while let s = peek(), s.isIdentifierStart || s.isDigit { text.unicodeScalars.append(advance()) }
        let kind: ExpressionToken.Kind = ExpressionToken.Keyword(rawValue: text).map { .keyword($0) } ?? .identifier(text)
        return ExpressionToken(kind: kind, text: text, offset: start)
    }

    private mutating func string(at start: ExpressionOffset) throws(ExpressionSyntaxError) -> ExpressionToken {
        let quote = advance()
        var value = ""
        var written = String(quote)
        while true {
            guard let s = peek(), s != "\n" else {
                throw ExpressionSyntaxError("unterminated string: expected a closing \(quote) on the same line", at: start)
            }
            written.unicodeScalars.append(advance())
            if s == quote { break }
            if s == "\\", let escaped = peek(), escaped == "\\" || escaped == "\"" || escaped == "'" {
                written.unicodeScalars.append(advance())
                value.unicodeScalars.append(escaped)
            } else {
                value.unicodeScalars.append(s)
            }
        }
        return ExpressionToken(kind: .string(value), text: written, offset: start)
    }
}

extension Unicode.Scalar {
    fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var isIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
}
