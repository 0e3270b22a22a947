/// Calls of caller-provided functions: known name, right count, literal arguments of the
/// declared types, each accepted by its parameter's validator.
extension ExpressionChecker {
    mutating func call(_ name: String, _ arguments: [ExpressionNode], at offset: ExpressionOffset) -> Checked? {
        guard let signature = environment.functions[name] else {
            if environment.columns[name] != nil {
                report("'\(name)' is a column, not a function", at: offset)
            } else {
                report("unknown function '\(name)'" + NameSuggestion.suffix(for: name, among: environment.functions.keys), at: offset)
            }
            return nil
        }
        guard arguments.count == signature.parameters.count else {
            report("\(name) expects \(ExpressionChecker.describe(signature.parameters)), found \(arguments.count)", at: offset)
            return nil
        }
        var values: [Value] = []
        for (argument, parameter) in zip(arguments, signature.parameters) {
            let role = "the \(parameter.name) argument of \(name)"
            guard let literal = argument.literalValue, let type = literal.expressionType else {
                report("\(role) must be a literal \(parameter.type)", at: argument.offset)
                continue
            }
            let value: Value
            if parameter.type == .date, case .string(let text) = literal {
                guard let day = date(text, at: argument.offset) else { continue }
                value = day
            } else {
                guard type == parameter.type else {
                    report("\(role) must be a \(parameter.type), found a \(type)", at: argument.offset)
                    continue
                }
                value = literal
            }
            if let message = parameter.validate?(value) {
                report(message, at: argument.offset)
                continue
            }
            values.append(value)
        }
        guard values.count == arguments.count else { return nil }
        return Checked(plan: .call(name, arguments: values, signature.result, at: offset), type: signature.result)
    }

    /// `1 argument (organization)`, `2 arguments (from, to)`, `no arguments`.
    private static func describe(_ parameters: [FunctionSignature.Parameter]) -> String {
        guard !parameters.isEmpty else { return "no arguments" }
        let names = parameters.map(\.name).joined(separator: ", ")
        return "\(parameters.count) argument\(parameters.count == 1 ? "" : "s") (\(names))"
    }
}
