import BackboneCore

/// `pattern`: text values must match a regular expression in full. Each distinct value is
/// tested once (across cores when there are many), then rows are checked by their codes.
struct PatternRuleEvaluator: RuleEvaluator {
    static let valuesPerChunk = 4096

    let column: Column
    let codes: [Int32]
    let dictionary: [String]
    let input: RuleInput
    let regex: String

    init(field: String, regex: String, rule: ValidationRule, input: RuleInput) throws(Diagnostic) {
        column = try input.column(field, for: rule)
        self.input = input
        self.regex = regex
        guard case .strings(let codes, let dictionary) = column.storage else {
            throw Diagnostic.error(
                "rule '\(rule.name)': a pattern applies to text fields; '\(field)' is a \(column.type) field",
                at: rule.location)
        }
        self.codes = codes
        self.dictionary = dictionary
        do {
            _ = try Regex(regex)
        } catch {
            throw Diagnostic.error("rule '\(rule.name)': '\(regex)' is not a valid regular expression: \(error)", at: rule.location)
        }
    }

    func evaluate() -> RuleFailures {
        let regex = regex, dictionary = dictionary
        let chunks = (dictionary.count + Self.valuesPerChunk - 1) / Self.valuesPerChunk
        let matches = Parallel.map(chunks) { chunk in
            // Regex is not Sendable: each worker compiles its own (known valid since init).
            let pattern = try! Regex(regex)
            let range = (chunk * Self.valuesPerChunk)..<min(dictionary.count, (chunk + 1) * Self.valuesPerChunk)
            return range.map { (try? pattern.wholeMatch(in: dictionary[$0])) != nil }
        }.flatMap { $0 }
        var rows: [Int] = []
        for i in codes.indices {
            let code = Int(codes[i])
            if code >= 0 && !matches[code] { rows.append(i) }
        }
        let column = column, input = input
        return RuleFailures(rows: rows) { row in
            "\(column.name): expected to match '\(regex)', found \(input.show(column[row], of: column))"
        }
    }
}
