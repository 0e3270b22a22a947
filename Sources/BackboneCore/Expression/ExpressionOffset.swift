/// A position inside an expression's own text (1-based line and column, in Unicode scalars).
///
/// Expressions are written inside the pipeline file; `location(in:)` turns an offset into the
/// place in that file, so a person is pointed at the exact character to fix.
public struct ExpressionOffset: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The place in the pipeline file, given `base`, the location of the expression's first
    /// character: on the first line columns shift by the base column; later lines shift the
    /// line number only.
    public func location(in base: SourceLocation) -> SourceLocation {
        var location = base
        location.line = base.line.map { $0 + line - 1 }
        location.column = line == 1 ? base.column.map { $0 + column - 1 } : column
        return location
    }

    public var description: String { "\(line):\(column)" }
}
