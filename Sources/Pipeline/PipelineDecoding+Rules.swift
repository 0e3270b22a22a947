import BackboneCore
import Validate
import Yams

/// What one source's rules are checked against, read while the sources are decoded.
struct SourceRuleInput {
    let id: String
    /// Nil when the table could not be read.
    let table: CanonicalTable?
    /// The table's fields the source maps, in file order; nil when they could not be read.
    let mapped: [CanonicalTable.Field]?
    let rules: YAMLMapping.Entry?
    let threshold: YAMLMapping.Entry?
}

/// The key that says which kind a rule item is.
enum RuleKindKey: String, CaseIterable {
    case required, range, pattern, allowed, unique, references, check
    case rowCount = "row_count"
}

extension PipelineDecoding {
    static let ruleKinds = RuleKindKey.allCases.map(\.rawValue)
    /// Accepted beside the kind key or inside its mapping.
    static let commonRuleKeys = ["name", "severity", "threshold"]

    /// The `rules:` and `threshold:` of every source that declares either, in file order.
    /// Rules are read after every source, since `references` may name a later one.
    mutating func decodeSourceRules(_ sources: [SourceRuleInput]) -> [SourceRules]? {
        var decoded: [SourceRules] = []
        var valid = true
        for source in sources where source.rules != nil || source.threshold != nil {
            if let rules = decodeRules(of: source, among: sources) {
                decoded.append(rules)
            } else {
                valid = false
            }
        }
        return valid ? decoded : nil
    }

    private mutating func decodeRules(of source: SourceRuleInput, among sources: [SourceRuleInput]) -> SourceRules? {
        let threshold = source.threshold.map { share($0.value, for: "'threshold'") }
        let items = source.rules.map { reader.sequence($0.value, for: "'rules' of source '\(source.id)'") } ?? []
        var rules: [ValidationRule] = []
        var firstLines: [String: Int] = [:]
        for (offset, item) in (items ?? []).enumerated() {
            if let rule = decodeRule(item, number: offset + 1, of: source, among: sources, firstLines: &firstLines) {
                rules.append(rule)
            }
        }
        guard let items, threshold != .some(nil), rules.count == items.count else { return nil }
        return SourceRules(source: source.id, rules: rules, threshold: threshold ?? nil)
    }

    /// One item of `rules:`: exactly one kind key, and `name`, `severity`, `threshold` beside it
    /// or inside its mapping. Names must be unique within the source.
    private mutating func decodeRule(
        _ node: Node, number: Int, of source: SourceRuleInput, among sources: [SourceRuleInput],
        firstLines: inout [String: Int]
    ) -> ValidationRule? {
        let owner = "rule \(number) of source '\(source.id)'"
        guard let item = reader.mapping(node, for: owner, owner: owner) else { return nil }
        let kinds = item.present(Self.ruleKinds)
        var valid = true
        let knownKeys = Self.ruleKinds + Self.commonRuleKeys
        for entry in item.entries where !knownKeys.contains(entry.key) {
            let message = kinds.isEmpty
                ? "unknown rule kind '\(entry.key)'; expected one of: \(Self.ruleKinds.joined(separator: ", "))"
                    + NameSuggestion.suffix(for: entry.key, among: Self.ruleKinds)
                : YAMLNodeReader.unknownKey(entry.key, in: owner, allowed: Self.commonRuleKeys)
            reader.error(message, at: entry.keyNode)
            valid = false
        }
        for extra in kinds.dropFirst() {
            let message = "\(owner) has both '\(kinds[0].key)' and '\(extra.key)'; give one rule kind per item"
            reader.error(message, at: extra.keyNode)
            valid = false
        }
        guard let kindEntry = kinds.first, let key = RuleKindKey(rawValue: kindEntry.key) else {
            if valid {
                reader.error("\(owner) needs a rule kind, one of: \(Self.ruleKinds.joined(separator: ", "))", at: node)
            }
            return nil
        }
        let decoded = decodeRuleKind(key, kindEntry, owner: owner, of: source, among: sources)
        guard let common = commonRuleEntries(item, inside: decoded.common, kind: kindEntry.key, owner: owner) else {
            return nil
        }
        let name = common["name"].map { reader.string($0.value, for: "'name'") }
        let severity: RuleSeverity?? = common["severity"].map {
            reader.choice($0.value, key: "severity", noun: "severity")
        }
        let threshold = common["threshold"].map { share($0.value, for: "'threshold'") }
        guard let kind = decoded.kind, valid, name != .some(nil), severity != .some(nil), threshold != .some(nil) else {
            return nil
        }
        let ruleName = (name ?? nil) ?? Self.defaultRuleName(kind)
        let line = reader.location(of: node).line ?? 0
        if let firstLine = firstLines[ruleName] {
            let hint = name == nil ? "; give one of them a 'name'" : ""
            reader.error(
                "duplicate rule name '\(ruleName)' in source '\(source.id)'; first used at line \(firstLine)\(hint)",
                at: common["name"]?.value ?? node)
            return nil
        }
        firstLines[ruleName] = line
        return ValidationRule(
            name: ruleName, kind: kind, severity: (severity ?? nil) ?? Self.defaultSeverity(kind),
            threshold: threshold ?? nil, location: reader.location(of: node))
    }

    /// The common keys given beside the kind key and inside its mapping, by key; one given in
    /// both places is an error.
    private mutating func commonRuleEntries(
        _ item: YAMLMapping, inside: [YAMLMapping.Entry], kind: String, owner: String
    ) -> [String: YAMLMapping.Entry]? {
        var entries: [String: YAMLMapping.Entry] = [:]
        for entry in item.present(Self.commonRuleKeys) {
            entries[entry.key] = entry
        }
        var valid = true
        for entry in inside {
            if entries[entry.key] != nil {
                let message = "\(owner) gives '\(entry.key)' both beside and inside '\(kind)'; give it once"
                reader.error(message, at: entry.keyNode)
                valid = false
            } else {
                entries[entry.key] = entry
            }
        }
        return valid ? entries : nil
    }

    /// The name a rule goes by when it has no `name:`.
    static func defaultRuleName(_ kind: ValidationRule.Kind) -> String {
        switch kind {
        case .required(let field): "required(\(field))"
        case .range(let field, _, _): "range(\(field))"
        case .pattern(let field, _): "pattern(\(field))"
        case .allowed(let field, _): "allowed(\(field))"
        case .unique(let fields): "unique(\(fields.joined(separator: ", ")))"
        case .references(let field, let source, _): "references(\(field) → \(source))"
        case .check(let expression, _): "check(\(expression.trimmingSpaces))"
        case .rowCount: "row_count"
        }
    }

    /// A row count concerns the whole source, so by default it stops the run; row rules quarantine.
    static func defaultSeverity(_ kind: ValidationRule.Kind) -> RuleSeverity {
        if case .rowCount = kind { return .fatal }
        return .error
    }
}
