import BackboneCore
import Validate
import Yams

extension PipelineDecoding {
    /// A kind key's value: the kind when it could be read, and the common keys given inside it.
    struct DecodedRuleKind {
        var kind: ValidationRule.Kind?
        var common: [YAMLMapping.Entry] = []
    }

    /// The value under a rule item's kind key, checked against the source's mapped fields
    /// (and, for `references`, the other sources).
    mutating func decodeRuleKind(
        _ key: RuleKindKey, _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput,
        among sources: [SourceRuleInput]
    ) -> DecodedRuleKind {
        let owner = "'\(entry.key)' of \(owner)"
        switch key {
        case .required: return decodeRequired(entry, owner: owner, of: source)
        case .range: return decodeRange(entry, owner: owner, of: source)
        case .pattern: return decodePattern(entry, owner: owner, of: source)
        case .allowed: return decodeAllowed(entry, owner: owner, of: source)
        case .unique: return decodeUnique(entry, owner: owner, of: source)
        case .references: return decodeReferences(entry, owner: owner, of: source, among: sources)
        case .check: return decodeCheck(entry, owner: owner, of: source)
        case .rowCount: return decodeRowCount(entry, owner: owner)
        }
    }

    /// `required: field` or `required: { field: …, … }`.
    private mutating func decodeRequired(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput
    ) -> DecodedRuleKind {
        guard let value = shortOrLongForm(entry, owner: owner, key: "field", longName: owner) else { return DecodedRuleKind() }
        var decoded = DecodedRuleKind(common: value.common)
        guard let fieldNode = value.node else { return decoded }
        decoded.kind = ruleField(fieldNode, for: owner, of: source).map { .required(field: $0.name) }
        return decoded
    }

    /// `range: { field, min, max }` on a number or date field; bounds typed by the field.
    private mutating func decodeRange(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput
    ) -> DecodedRuleKind {
        guard let spec = ruleSpec(entry.value, owner: owner, keys: ["field", "min", "max"], required: ["field"]) else {
            return DecodedRuleKind()
        }
        var decoded = DecodedRuleKind(common: spec.present(Self.commonRuleKeys))
        if spec.present(["min", "max"]).isEmpty {
            reader.error("\(owner) needs 'min' or 'max'", at: entry.keyNode)
        }
        guard let fieldNode = spec["field"], let field = ruleField(fieldNode, for: "'field'", of: source),
            let type = field.type
        else { return decoded }
        guard type == .date || ExpressionType(type) == .number else {
            reader.error(
                "'range' applies to number and date fields; '\(field.name)' is \(Self.withArticle(type)) field",
                at: fieldNode)
            return decoded
        }
        let min = spec["min"].map { ruleValue($0, type: type, for: "'min' of \(type) field '\(field.name)'") }
        let max = spec["max"].map { ruleValue($0, type: type, for: "'max' of \(type) field '\(field.name)'") }
        guard min != .some(nil), max != .some(nil), !spec.present(["min", "max"]).isEmpty else { return decoded }
        if let low = min ?? nil, let high = max ?? nil, let lowNode = spec["min"], let highNode = spec["max"],
            Self.isGreater(low, high)
        {
            reader.error(
                "'min' \(Self.text(of: lowNode)) is greater than 'max' \(Self.text(of: highNode)) in \(owner)",
                at: lowNode)
            return decoded
        }
        decoded.kind = .range(field: field.name, min: min ?? nil, max: max ?? nil)
        return decoded
    }

    /// `pattern: { field, regex }` on a string field; the regex must compile.
    private mutating func decodePattern(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput
    ) -> DecodedRuleKind {
        guard let spec = ruleSpec(entry.value, owner: owner, keys: ["field", "regex"], required: ["field", "regex"])
        else { return DecodedRuleKind() }
        var decoded = DecodedRuleKind(common: spec.present(Self.commonRuleKeys))
        var field = spec["field"].flatMap { ruleField($0, for: "'field'", of: source) }
        if let type = field?.type, type != .string, let fieldNode = spec["field"], let name = field?.name {
            reader.error(
                "'pattern' applies to string fields; '\(name)' is \(Self.withArticle(type)) field", at: fieldNode)
            field = nil
        }
        let regex = spec["regex"].flatMap { compilingRegex($0) }
        if let field, let regex {
            decoded.kind = .pattern(field: field.name, regex: regex)
        }
        return decoded
    }

    /// `allowed: { field, values: [...] }`; values typed by the field (codes from its code list).
    private mutating func decodeAllowed(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput
    ) -> DecodedRuleKind {
        guard let spec = ruleSpec(entry.value, owner: owner, keys: ["field", "values"], required: ["field", "values"])
        else { return DecodedRuleKind() }
        var decoded = DecodedRuleKind(common: spec.present(Self.commonRuleKeys))
        let field = spec["field"].flatMap { ruleField($0, for: "'field'", of: source) }
        guard let valuesNode = spec["values"], let items = reader.sequence(valuesNode, for: "'values'") else {
            return decoded
        }
        if items.isEmpty {
            reader.error("\(owner) needs at least one value in 'values'", at: valuesNode)
        }
        guard let field, let type = field.type, !items.isEmpty else { return decoded }
        let values = items.compactMap { ruleValue($0, type: type, for: "'values' of \(type) field '\(field.name)'") }
        if values.count == items.count {
            decoded.kind = .allowed(field: field.name, values: values)
        }
        return decoded
    }

    /// `unique: field`, `unique: [field, …]` or `unique: { fields: …, … }`.
    private mutating func decodeUnique(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput
    ) -> DecodedRuleKind {
        guard let value = shortOrLongForm(entry, owner: owner, key: "fields", longName: "'fields' of \(owner)") else {
            return DecodedRuleKind()
        }
        var decoded = DecodedRuleKind(common: value.common)
        guard let fieldsNode = value.node else { return decoded }
        let what = value.what
        let items: [Node]
        switch fieldsNode {
        case .scalar: items = [fieldsNode]
        case .sequence(let sequence): items = Array(sequence)
        default:
            reader.typeError(expected: "a field name or a list of them", for: what, found: fieldsNode)
            return decoded
        }
        if items.isEmpty {
            reader.error("\(owner) needs at least one field", at: fieldsNode)
            return decoded
        }
        let fields = items.compactMap { ruleField($0, for: "a field of \(owner)", of: source) }
        if fields.count == items.count {
            decoded.kind = .unique(fields: fields.map(\.name))
        }
        return decoded
    }

    /// `references: { field, source, to_field }`: the other source must map `to_field`
    /// (by default the same name).
    private mutating func decodeReferences(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput, among sources: [SourceRuleInput]
    ) -> DecodedRuleKind {
        guard let spec = ruleSpec(
            entry.value, owner: owner, keys: ["field", "source", "to_field"], required: ["field", "source"])
        else { return DecodedRuleKind() }
        var decoded = DecodedRuleKind(common: spec.present(Self.commonRuleKeys))
        let field = spec["field"].flatMap { ruleField($0, for: "'field'", of: source) }
        let target = spec["source"].flatMap { referencedSource($0, among: sources) }
        let toField = spec["to_field"].map { reader.string($0, for: "'to_field'") }
        guard let target, let sourceNode = spec["source"], let targetField = (toField ?? nil) ?? field?.name else {
            return decoded
        }
        if referencedFieldIsMapped(targetField, by: target, at: spec["to_field"] ?? sourceNode), let field {
            decoded.kind = .references(field: field.name, source: target.id, sourceField: targetField)
        }
        return decoded
    }

    /// `check: expression` or `check: { expression, … }`: a boolean expression over the fields
    /// the source maps, type-checked now.
    private mutating func decodeCheck(
        _ entry: YAMLMapping.Entry, owner: String, of source: SourceRuleInput
    ) -> DecodedRuleKind {
        guard let value = shortOrLongForm(entry, owner: owner, key: "expression", longName: "'expression'") else {
            return DecodedRuleKind()
        }
        var decoded = DecodedRuleKind(common: value.common)
        guard let expressionNode = value.node else { return decoded }
        let what = value.what
        guard let text = reader.string(expressionNode, for: what), let mapped = source.mapped else { return decoded }
        let location = reader.expressionLocation(of: expressionNode)
        let columns = Dictionary(mapped.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        do {
            _ = try Expression.compile(
                text, at: location, in: ExpressionEnvironment(columns: columns), expecting: .boolean)
        } catch {
            for diagnostic in error.diagnostics {
                reader.report(diagnostic)
            }
            return decoded
        }
        decoded.kind = .check(expression: text, expressionLocation: location)
        return decoded
    }

    /// `row_count: { min, max_shrink }`, at least one of them.
    private mutating func decodeRowCount(_ entry: YAMLMapping.Entry, owner: String) -> DecodedRuleKind {
        guard let spec = ruleSpec(entry.value, owner: owner, keys: ["min", "max_shrink"]) else {
            return DecodedRuleKind()
        }
        var decoded = DecodedRuleKind(common: spec.present(Self.commonRuleKeys))
        if spec.present(["min", "max_shrink"]).isEmpty {
            reader.error("\(owner) needs 'min' or 'max_shrink'", at: entry.keyNode)
            return decoded
        }
        let min = spec["min"].map { rowCount($0) }
        let maxShrink = spec["max_shrink"].map { share($0, for: "'max_shrink'", allowingZero: true) }
        if min != .some(nil), maxShrink != .some(nil) {
            decoded.kind = .rowCount(min: min ?? nil, maxShrink: maxShrink ?? nil)
        }
        return decoded
    }

    /// A kind's mapping: its own `keys` and the common rule keys.
    /// A rule's value in its short form (`kind: value`) or its long form (`kind: { key: value, … }`):
    /// the value (nil when the long form lacks it), what messages call it, and the common keys
    /// written beside it. Nil when the long form is not a usable mapping.
    private mutating func shortOrLongForm(
        _ entry: YAMLMapping.Entry, owner: String, key: String, longName: String
    ) -> (node: Node?, what: String, common: [YAMLMapping.Entry])? {
        guard case .mapping = entry.value else { return (entry.value, owner, []) }
        guard let spec = ruleSpec(entry.value, owner: owner, keys: [key], required: [key]) else { return nil }
        return (spec[key], longName, spec.present(Self.commonRuleKeys))
    }

    private mutating func ruleSpec(
        _ node: Node, owner: String, keys: [String], required: [String] = []
    ) -> YAMLMapping? {
        reader.mapping(node, for: owner, owner: owner, allowed: keys + Self.commonRuleKeys, required: required)
    }
}
