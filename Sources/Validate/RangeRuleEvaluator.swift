import BackboneCore

/// `range`: numbers or dates within inclusive bounds; missing values pass.
struct RangeRuleEvaluator: RuleEvaluator {
    let column: Column
    let input: RuleInput
    /// Bounds in the column's terms: numbers as Double, dates as day numbers.
    let low: Double
    let high: Double
    let expected: String

    init(field: String, min: Value?, max: Value?, rule: ValidationRule, input: RuleInput) throws(Diagnostic) {
        column = try input.column(field, for: rule)
        self.input = input
        let isDate: Bool
        switch column.storage {
        case .integers, .decimals: isDate = false
        case .dates: isDate = true
        case .strings, .booleans:
            throw Diagnostic.error(
                "rule '\(rule.name)': a range applies to numbers and dates; '\(field)' is a \(column.type) field",
                at: rule.location)
        }
        func bound(_ value: Value?, otherwise: Double) throws(Diagnostic) -> Double {
            switch (value, isDate) {
            case (nil, _): return otherwise
            case (.integer(let n)?, false): return Double(n)
            case (.decimal(let d)?, false): return d
            case (.date(let day)?, true): return Double(day)
            case (let other?, _):
                throw Diagnostic.error(
                    "rule '\(rule.name)': expected a \(isDate ? "date" : "number") bound for '\(field)', found "
                        + FindingText.literal(other, type: .string),
                    at: rule.location)
            }
        }
        low = try bound(min, otherwise: -.infinity)
        high = try bound(max, otherwise: .infinity)
        let type = column.type
        switch (min, max) {
        case (let min?, let max?):
            expected = "between \(FindingText.literal(min, type: type)) and \(FindingText.literal(max, type: type))"
        case (let min?, nil): expected = "at least \(FindingText.literal(min, type: type))"
        case (nil, let max?): expected = "at most \(FindingText.literal(max, type: type))"
        case (nil, nil): expected = "any value"
        }
    }

    func evaluate() -> RuleFailures {
        var rows: [Int] = []
        switch column.storage {
        case .integers(let values, let valid): collect(values, valid, into: &rows) { Double($0) }
        case .decimals(let values, let valid): collect(values, valid, into: &rows) { $0 }
        case .dates(let values, let valid): collect(values, valid, into: &rows) { Double($0) }
        case .strings, .booleans: break
        }
        let column = column, input = input, expected = expected
        return RuleFailures(rows: rows) { row in
            "\(column.name): expected \(expected), found \(input.show(column[row], of: column))"
        }
    }

    private func collect<T>(_ values: [T], _ valid: [Bool], into rows: inout [Int], _ number: (T) -> Double) {
        let low = low, high = high
        values.withUnsafeBufferPointer { values in
            valid.withUnsafeBufferPointer { valid in
                for i in values.indices where valid[i] {
                    let x = number(values[i])
                    if x < low || x > high { rows.append(i) }
                }
            }
        }
    }
}
