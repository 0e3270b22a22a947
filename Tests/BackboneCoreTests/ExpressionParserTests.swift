import BackboneCore
import Testing

@Suite struct ExpressionParserTests {
    private func grouping(_ text: String) throws -> String {
        try Expression.parse(text).fullyParenthesized
    }

    @Test(arguments: [
        ("grade == 3 and tested_ela", "((grade == 3) and tested_ela)"),
        ("days_absent / days_enrolled >= 0.10", "((days_absent / days_enrolled) >= 0.1)"),
        ("(a + b) * 2 - -c", "(((a + b) * 2) - (-c))"),
        ("a or b and c", "(a or (b and c))"),
        ("a and b or c and d", "((a and b) or (c and d))"),
        ("not a and b", "((not a) and b)"),
        ("not a == b", "(not (a == b))"),
        ("not not a", "(not (not a))"),
        ("a and not b or c", "((a and (not b)) or c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a / b * c", "((a / b) * c)"),
        ("a + b * c", "(a + (b * c))"),
        ("-a * b", "((-a) * b)"),
        ("a + b < c * d", "((a + b) < (c * d))"),
        ("x in [1, -2] or y", "((x in [1, (-2)]) or y)"),
        ("program_hours(\"youthworks\") >= 30", "(program_hours(\"youthworks\") >= 30)"),
        ("race_ethnicity in ['black', \"hispanic\"]", "(race_ethnicity in [\"black\", \"hispanic\"])"),
        ("ela_level != null", "(ela_level != null)"),
        ("f(a + 1, 'x') == true", "(f((a + 1), \"x\") == true)"),
    ])
    func precedence(text: String, expected: String) throws {
        #expect(try grouping(text) == expected)
    }

    @Test(arguments: [
        ("(a + b) * 2 - -c", "(a + b) * 2 - -c"),
        ("((grade==3))and(tested_ela)", "grade == 3 and tested_ela"),
        ("a - (b - c)", "a - (b - c)"),
        ("(a - b) - c", "a - b - c"),
        ("a and (b or c)", "a and (b or c)"),
        ("(not a) == b", "(not a) == b"),
        ("not (a and b)", "not (a and b)"),
        ("(a == b) == c", "(a == b) == c"),
        ("-(-c)", "-(-c)"),
        ("-(a + b)", "-(a + b)"),
        ("'say \\\"hi\\\"' == 'back\\\\slash'", "\"say \\\"hi\\\"\" == \"back\\\\slash\""),
        ("x in [ 0.50 ,1e3, -1 ]", "x in [0.5, 1000, -1]"),
        ("ok == false or z == null", "ok == false or z == null"),
    ])
    func canonicalText(text: String, expected: String) throws {
        let node = try Expression.parse(text)
        #expect(node.description == expected)
        #expect(try grouping(node.description) == node.fullyParenthesized)
    }

    @Test func nodesKeepTheirLineAndColumn() throws {
        let node = try Expression.parse("grade == 3\n  and tested_ela")
        guard case .binary(.and, let left, let right, let operatorOffset) = node.kind else {
            Issue.record("expected an 'and' at the top, found \(node.fullyParenthesized)")
            return
        }
        #expect(node.offset == ExpressionOffset(line: 1, column: 1))
        #expect(operatorOffset == ExpressionOffset(line: 2, column: 3))
        #expect(right.offset == ExpressionOffset(line: 2, column: 7))
        guard case .binary(.equal, _, let three, let equalsOffset) = left.kind else {
            Issue.record("expected '==' on the left, found \(left.fullyParenthesized)")
            return
        }
        #expect(equalsOffset == ExpressionOffset(line: 1, column: 7))
        #expect(three.offset == ExpressionOffset(line: 1, column: 10))
    }

    @Test func stringsTakeEitherQuoteAndUnicodeColumns() throws {
        let node = try Expression.parse("'é' == \"it's\" and zz")
        #expect(node.fullyParenthesized == "((\"é\" == \"it's\") and zz)")
        guard case .binary(_, _, let right, _) = node.kind else {
            Issue.record("expected an 'and' at the top, found \(node.fullyParenthesized)")
            return
        }
        #expect(right.offset.column == 19)
    }

    /// Syntax errors at line 40, column 17 of the pipeline file: the first one stops parsing.
    @Test(arguments: [
        ("", "pipeline.yml:40:17: error: empty expression"),
        ("grade == ", "pipeline.yml:40:26: error: unexpected end of expression; expected a value, a column or '('"),
        ("grade == 3 3", "pipeline.yml:40:28: error: unexpected '3' after a complete expression; expected an operator or the end"),
        ("grade == 3)", "pipeline.yml:40:27: error: unexpected ')' after a complete expression; expected an operator or the end"),
        ("race_ethnicity == \"black", "pipeline.yml:40:35: error: unterminated string: expected a closing \" on the same line"),
        ("a < b < c", "pipeline.yml:40:23: error: comparisons cannot be chained; join them with 'and' or add parentheses"),
        ("a == not b", "pipeline.yml:40:22: error: 'not' cannot appear here; put 'not …' in parentheses"),
        ("grade = 3", "pipeline.yml:40:23: error: '=' is not an operator; write '==' to compare"),
        ("a && b", "pipeline.yml:40:19: error: '&&' is not an operator; write 'and'"),
        ("!a", "pipeline.yml:40:17: error: '!' is not an operator; write 'not', or '!=' to compare"),
        ("a # b", "pipeline.yml:40:19: error: unexpected character '#'"),
        ("[1, 2] == x", "pipeline.yml:40:17: error: a list '[…]' can only follow 'in'"),
        ("x in y", "pipeline.yml:40:22: error: expected a list like [\"a\", \"b\"] after 'in', found 'y'"),
        ("x in [1, 2", "pipeline.yml:40:27: error: expected ']' or ',' to close the list, found the end of the expression"),
        ("(a + b", "pipeline.yml:40:23: error: expected ')' to close '(', found the end of the expression"),
        ("f(a b)", "pipeline.yml:40:21: error: expected ')' or ',' to close the arguments of f, found 'b'"),
        ("3abc > 1", "pipeline.yml:40:17: error: malformed number starting '3'"),
        ("a * / b", "pipeline.yml:40:21: error: expected a value, a column or '(', found '/'"),
        ("grade == 3 and\n    ela_level >= 'x", "pipeline.yml:41:18: error: unterminated string: expected a closing ' on the same line"),
    ])
    func syntaxErrors(text: String, expected: String) {
        #expect(ExpressionFixtures.errors(text) == [expected])
    }
}
