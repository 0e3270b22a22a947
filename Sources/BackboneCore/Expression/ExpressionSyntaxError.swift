/// A syntax error in an expression: the lexer and parser stop at the first one.
public struct ExpressionSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: ExpressionOffset

    public init(_ message: String, at offset: ExpressionOffset) {
        self.message = message
        self.offset = offset
    }

    /// The error as a diagnostic in the pipeline file whose expression starts at `base`.
    public func diagnostic(in base: SourceLocation) -> Diagnostic {
        .error(message, at: offset.location(in: base))
    }

    public var description: String { "\(offset): \(message)" }
}
