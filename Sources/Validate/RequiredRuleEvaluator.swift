import BackboneCore

/// `required`: the only rule that fails on a missing value.
struct RequiredRuleEvaluator: RuleEvaluator {
    let column: Column

    init(field: String, rule: ValidationRule, input: RuleInput) throws(Diagnostic) {
        column = try input.column(field, for: rule)
    }

    func evaluate() -> RuleFailures {
        var rows: [Int] = []
        switch column.storage {
        case .strings(let codes, _):
            for i in codes.indices where codes[i] < 0 { rows.append(i) }
        case .integers(_, let valid), .decimals(_, let valid), .dates(_, let valid), .booleans(_, let valid):
            for i in valid.indices where !valid[i] { rows.append(i) }
        }
        let field = column.name
        return RuleFailures(rows: rows) { _ in "\(field): expected a value, found none" }
    }
}
