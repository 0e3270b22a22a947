import BackboneCore
import Testing

/// Found while writing the fuzz targets (fuzz/): 50,000 nested parentheses overflowed the parser's stack and
/// `backbone check` died with a segmentation fault. Size is now bounded with a syntax error.
@Suite struct ExpressionBoundsTests {
    @Test func deepNestingIsASyntaxErrorNotACrash() throws {
        let deep = String(repeating: "(", count: 200) + "grade == 3" + String(repeating: ")", count: 200)
        let error = try #require(throws: ExpressionSyntaxError.self) { try Expression.parse(deep) }
        #expect(error == ExpressionSyntaxError(
            "the expression is nested more than 64 levels deep", at: ExpressionOffset(line: 1, column: 65)))
        let signs = try #require(throws: ExpressionSyntaxError.self) {
            try Expression.parse(String(repeating: "not ", count: 100) + "a")
        }
        #expect(signs.message == "the expression is nested more than 64 levels deep")
    }

    @Test func nestingUpToTheBoundParses() throws {
        let text = String(repeating: "(", count: 63) + "a" + String(repeating: ")", count: 63)
        #expect(try Expression.parse(text).fullyParenthesized == "a")
    }

    @Test func aLongChainIsASyntaxErrorPastTheTokenBound() throws {
        let chain = Array(repeating: "a", count: 600).joined(separator: " + ")
        let error = try #require(throws: ExpressionSyntaxError.self) { try Expression.parse(chain) }
        #expect(error.message == "the expression is longer than 1000 tokens; expected a shorter condition")
        #expect(error.offset == ExpressionOffset(line: 1, column: 2001))
        _ = try Expression.parse(Array(repeating: "a", count: 500).joined(separator: " + "))
    }
}
