import BackboneCore

/// `allowed`: values must be one of a list. Each distinct value is looked up once.
struct AllowedRuleEvaluator: RuleEvaluator {
    /// At most this many allowed values are listed in a finding.
    static let valuesListed = 10

    let column: Column
    let allowed: Set<Value>
    let expected: String
    let input: RuleInput

    init(field: String, values: [Value], rule: ValidationRule, input: RuleInput) throws(Diagnostic) {
        column = try input.column(field, for: rule)
        self.input = input
        var allowed: Set<Value> = []
        for value in values {
            guard let stored = Self.stored(value, in: column) else {
                throw Diagnostic.error(
                    "rule '\(rule.name)': expected allowed values of type \(column.type) for '\(field)', found "
                        + FindingText.literal(value, type: .string),
                    at: rule.location)
            }
            allowed.insert(stored)
        }
        self.allowed = allowed
        let type = column.type
        let listed = values.prefix(Self.valuesListed).map { FindingText.literal($0, type: type) }
        expected = "one of " + listed.joined(separator: ", ") + (values.count > Self.valuesListed ? ", …" : "")
    }

    func evaluate() -> RuleFailures {
        let codes = ColumnCodes(column)
        var verdicts = [Verdict](repeating: .unknown, count: codes.count)
        var rows: [Int] = []
        for (row, code) in codes.codes.enumerated() where code >= 0 {
            if verdicts[Int(code)] == .unknown {
                verdicts[Int(code)] = allowed.contains(codes.value(of: code)) ? .passes : .fails
            }
            if verdicts[Int(code)] == .fails { rows.append(row) }
        }
        let column = column, input = input, expected = expected
        return RuleFailures(rows: rows) { row in
            "\(column.name): expected \(expected), found \(input.show(column[row], of: column))"
        }
    }

    /// A value as `column` would hold it (an integer in a decimal column is a decimal), or nil
    /// when the column cannot hold it.
    static func stored(_ value: Value, in column: Column) -> Value? {
        switch (column.storage, value) {
        case (.strings, .string), (.integers, .integer), (.decimals, .decimal), (.dates, .date), (.booleans, .boolean):
            return value
        case (.decimals, .integer(let n)): return .decimal(Double(n))
        case (.integers, .decimal(let d)) where d == d.rounded() && abs(d) < 1e15: return .integer(Int64(d))
        default: return nil
        }
    }
}

/// What is known of one distinct value: not yet tested, passes or fails.
enum Verdict: UInt8 {
    case unknown, passes, fails
}
