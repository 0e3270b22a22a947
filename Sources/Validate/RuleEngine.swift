import BackboneCore
import Extract

/// Runs a source's declared rules over its extracted table, column-wise and one rule per
/// worker, and words every failure as a finding with its location.
///
///     let outcomes = try RuleEngine.evaluate(rules, on: extracted, references: kept, previousRowCount: 1200)
///     let result = ValidationResult(extracted, rules: rules, outcomes: outcomes)
public enum RuleEngine {
    /// Evaluates one source's rules over its extracted (typed, columnar) table.
    ///
    /// - Parameters:
    ///   - references: other sources' tables (their kept rows) by source id, for `references` rules.
    ///   - previousRowCount: the rows the previous run read from this source, for `rowCount` rules.
    /// - Returns: one outcome per rule, in declaration order, whatever the thread count.
    /// - Throws: `DiagnosticsError` with every rule that cannot run (a field the source does
    ///   not map, an invalid pattern or expression, an unknown referenced source).
    public static func evaluate(
        _ rules: SourceRules, on extracted: ExtractedSource, references: [String: Table], previousRowCount: Int?
    ) throws -> [RuleOutcome] {
        try evaluate(
            rules, on: extracted.table, of: extracted.config.table, references: references,
            rowsRead: extracted.rowsRead, previousRowCount: previousRowCount, sourceLocation: extracted.config.location)
    }

    /// Evaluates rules over any table of canonical `table` fields (the table's column names).
    ///
    /// - Parameter rowsRead: rows in the export, kept or not, for `rowCount` rules; the
    ///   table's rows when nil.
    public static func evaluate(
        _ rules: SourceRules, on table: Table, of canonical: CanonicalTable, references: [String: Table],
        rowsRead: Int? = nil, previousRowCount: Int?, sourceLocation: SourceLocation? = nil
    ) throws -> [RuleOutcome] {
        let input = RuleInput(
            source: rules.source, table: table, canonical: canonical, references: references,
            rowsRead: rowsRead ?? table.rowCount, previousRowCount: previousRowCount, sourceLocation: sourceLocation)
        var evaluators: [any RuleEvaluator] = []
        var problems: [Diagnostic] = []
        for rule in rules.rules {
            do {
                evaluators.append(try evaluator(for: rule, in: input))
            } catch let error as DiagnosticsError {
                problems += error.diagnostics
            } catch let error as Diagnostic {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        let prepared = evaluators
        let results = Parallel.map(prepared.count) { i in
            Result { () throws(Diagnostic) -> RuleFailures in try prepared[i].evaluate() }
        }
        var outcomes: [RuleOutcome] = []
        for (rule, result) in zip(rules.rules, results) {
            switch result {
            case .success(let failures): outcomes.append(outcome(of: rule, failures, in: input))
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return outcomes
    }

    private static func evaluator(for rule: ValidationRule, in input: RuleInput) throws -> any RuleEvaluator {
        switch rule.kind {
        case .required(let field):
            return try RequiredRuleEvaluator(field: field, rule: rule, input: input)
        case .range(let field, let min, let max):
            return try RangeRuleEvaluator(field: field, min: min, max: max, rule: rule, input: input)
        case .pattern(let field, let regex):
            return try PatternRuleEvaluator(field: field, regex: regex, rule: rule, input: input)
        case .allowed(let field, let values):
            return try AllowedRuleEvaluator(field: field, values: values, rule: rule, input: input)
        case .unique(let fields):
            return try UniqueRuleEvaluator(fields: fields, rule: rule, input: input)
        case .references(let field, let source, let sourceField):
            return try ReferencesRuleEvaluator(
                field: field, source: source, sourceField: sourceField, rule: rule, input: input)
        case .check(let expression, let location):
            return try CheckRuleEvaluator(expression: expression, at: location, input: input)
        case .rowCount(let min, let maxShrink):
            return RowCountRuleEvaluator(min: min, maxShrink: maxShrink, input: input)
        }
    }

    /// The first `RuleOutcome.findingsKept` failures as findings, every failing row kept.
    private static func outcome(of rule: ValidationRule, _ failures: RuleFailures, in input: RuleInput) -> RuleOutcome {
        func finding(at location: SourceLocation, _ message: String) -> RuleFinding {
            RuleFinding(
                source: input.source, rule: rule.name, severity: rule.severity, field: rule.field, location: location,
                message: message)
        }
        let findings = failures.rows.prefix(RuleOutcome.findingsKept).map { row in
            finding(at: input.table.origins.location(ofRow: row), failures.message(row))
        }
        let sourceFinding = failures.sourceMessage.map { message in
            finding(at: input.sourceLocation ?? rule.location, message)
        }
        return RuleOutcome(
            rule: rule, failingRows: failures.rows, findings: findings, sourceFinding: sourceFinding,
            rowMessage: failures.message)
    }
}
