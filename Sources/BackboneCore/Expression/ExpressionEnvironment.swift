/// What an expression may name: the columns of the table it runs over and the functions the
/// caller provides (such as `program_hours("youthworks")`).
public struct ExpressionEnvironment: Sendable {
    public var columns: [String: FieldType]
    public var functions: [String: FunctionSignature]

    public init(columns: [String: FieldType] = [:], functions: [String: FunctionSignature] = [:]) {
        self.columns = columns
        self.functions = functions
    }
}

/// The shape of a function the caller provides: literal parameters and a result type.
///
/// Arguments must be literals so the checker can validate them before a run (an
/// organization must be a known partner id) and the caller can compute each call once.
public struct FunctionSignature: Sendable {
    public struct Parameter: Sendable {
        public var name: String
        public var type: ExpressionType
        /// Returns a message when a literal argument is not acceptable, nil when it is.
        public var validate: (@Sendable (Value) -> String?)?

        public init(_ name: String, _ type: ExpressionType, validate: (@Sendable (Value) -> String?)? = nil) {
            self.name = name
            self.type = type
            self.validate = validate
        }
    }

    public var parameters: [Parameter]
    public var result: ExpressionType

    public init(parameters: [Parameter], result: ExpressionType) {
        self.parameters = parameters
        self.result = result
    }
}
