import BackboneCore

/// `references`: every value must occur in a field of another source's kept rows. The other
/// column's distinct values are gathered once; each distinct value here is looked up once.
/// Values compare as text, so a code stored as an integer in one source matches its digits in
/// another.
struct ReferencesRuleEvaluator: RuleEvaluator {
    let column: Column
    let target: Column
    /// `source 'schools'`, or `field 'code' of source 'schools'` when the field names differ.
    let targetDescription: String
    let input: RuleInput

    init(field: String, source: String, sourceField: String, rule: ValidationRule, input: RuleInput) throws(Diagnostic) {
        column = try input.column(field, for: rule)
        self.input = input
        guard let table = input.references[source] else {
            throw Diagnostic.error(
                "rule '\(rule.name)': source '\(source)' is not available to check references against", at: rule.location)
        }
        guard let target = table.column(sourceField) else {
            throw Diagnostic.error(
                "rule '\(rule.name)': source '\(source)' has no field '\(sourceField)'; it maps: "
                    + table.columnNames.joined(separator: ", "),
                at: rule.location)
        }
        self.target = target
        targetDescription = sourceField == field ? "source '\(source)'" : "field '\(sourceField)' of source '\(source)'"
    }

    func evaluate() -> RuleFailures {
        let known = Self.texts(of: target)
        let codes = ColumnCodes(column)
        var verdicts = [Verdict](repeating: .unknown, count: codes.count)
        var rows: [Int] = []
        for (row, code) in codes.codes.enumerated() where code >= 0 {
            if verdicts[Int(code)] == .unknown {
                verdicts[Int(code)] = known.contains(codes.value(of: code).description) ? .passes : .fails
            }
            if verdicts[Int(code)] == .fails { rows.append(row) }
        }
        let column = column, input = input, target = targetDescription
        return RuleFailures(rows: rows) { row in
            "\(column.name): \(input.show(column[row], of: column)) has no match in \(target)"
        }
    }

    /// The distinct non-null values a column holds, as text.
    static func texts(of column: Column) -> Set<String> {
        let codes = ColumnCodes(column)
        var used = [Bool](repeating: false, count: codes.count)
        for code in codes.codes where code >= 0 { used[Int(code)] = true }
        var texts = Set<String>(minimumCapacity: codes.count)
        for code in used.indices where used[code] { texts.insert(codes.value(of: Int32(code)).description) }
        return texts
    }
}
