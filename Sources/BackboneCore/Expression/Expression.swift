/// Backbone's small expression language, used in the pipeline file for indicator population
/// and numerator filters and for derived columns.
///
/// It has literals (`3`, `0.10`, `"black"`, `'x'`, `true`, `false`, `null`), column names,
/// calls of caller-provided functions with literal arguments, `and or not`,
/// `== != < <= > >=`, `in [literals]` and `+ - * /`. It cannot loop, assign or reach
/// anything but the table and functions it is given.
///
///     let filter = try Expression.compile("grade == 3 and ela_level != null",
///                                         at: location, in: environment, expecting: .boolean)
///     let rows = try filter.mask(on: frame, functions: [:])
public enum Expression {
    /// The syntax tree of `text`, or the first syntax error.
    public static func parse(_ text: String) throws(ExpressionSyntaxError) -> ExpressionNode {
        var parser = try ExpressionParser(text)
        return try parser.parse()
    }

    /// Parses and type-checks `text`, written at `location` in the pipeline file (the place of
    /// its first character), against `environment`.
    ///
    /// - Parameter expected: the type the whole expression must have, `.boolean` for a filter.
    /// - Throws: every error found, each at its line and column in the pipeline file; a syntax
    ///   error stops checking, type errors are all reported.
    public static func compile(
        _ text: String, at location: SourceLocation, in environment: ExpressionEnvironment,
        expecting expected: ExpressionType? = nil
    ) throws(DiagnosticsError) -> CompiledExpression {
        let syntax: ExpressionNode
        do {
            syntax = try parse(text)
        } catch {
            throw DiagnosticsError([error.diagnostic(in: location)])
        }
        var checker = ExpressionChecker(environment: environment, base: location)
        let checked = checker.check(syntax)
        if let checked, let expected, checked.type != expected {
            checker.report("expected a \(expected) expression, found a \(checked.type) expression", at: syntax.offset)
        }
        guard let checked, checker.diagnostics.isEmpty else { throw DiagnosticsError(checker.diagnostics) }
        return CompiledExpression(
            syntax: syntax, location: location, resultType: checked.type,
            referencedColumns: checker.referencedColumns.sorted(), plan: checked.plan)
    }
}
