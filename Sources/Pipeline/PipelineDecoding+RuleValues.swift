import BackboneCore
import Yams

extension PipelineDecoding {
    static let isoDate = DateLayout("YYYY-MM-DD")!

    /// A field a rule names: it must be in the source's table and mapped by the source, since
    /// only mapped fields are extracted. Its type is nil when the table could not be read.
    mutating func ruleField(
        _ node: Node, for what: String, of source: SourceRuleInput
    ) -> (name: String, type: FieldType?)? {
        guard let name = reader.string(node, for: what) else { return nil }
        guard let table = source.table else { return (name, nil) }
        guard let field = table.field(name) else {
            reader.error(Self.unknownField(name, in: table), at: node)
            return nil
        }
        if let mapped = source.mapped, !mapped.contains(where: { $0.name == name }) {
            reader.error(Self.unmappedField(name, of: source.id, mapped: mapped), at: node)
            return nil
        }
        return (name, field.type)
    }

    /// `references: { source }`: a declared source.
    mutating func referencedSource(_ node: Node, among sources: [SourceRuleInput]) -> SourceRuleInput? {
        guard let id = reader.string(node, for: "'source'") else { return nil }
        guard let source = sources.first(where: { $0.id == id }) else {
            reader.error(Self.notDeclared("source", id, in: "sources", among: sources.map(\.id)), at: node)
            return nil
        }
        return source
    }

    /// The referenced source's table has `name` and the source maps it (as far as they could be read).
    mutating func referencedFieldIsMapped(_ name: String, by source: SourceRuleInput, at node: Node) -> Bool {
        guard let table = source.table else { return true }
        guard table.field(name) != nil else {
            reader.error(Self.unknownField(name, in: table), at: node)
            return false
        }
        if let mapped = source.mapped, !mapped.contains(where: { $0.name == name }) {
            reader.error(Self.unmappedField(name, of: source.id, mapped: mapped), at: node)
            return false
        }
        return true
    }

    static func unmappedField(_ name: String, of source: String, mapped: [CanonicalTable.Field]) -> String {
        let names = mapped.map(\.name)
        let hint = NameSuggestion.closest(to: name, among: names).map { "did you mean '\($0)'?" }
            ?? "it maps: \(names.joined(separator: ", "))"
        return "source '\(source)' does not map field '\(name)'; \(hint)"
    }

    /// A range bound or an allowed value, read as the field's type: dates as YYYY-MM-DD, grade
    /// levels and school years as the loader reads them, codes from the field's code list.
    mutating func ruleValue(_ node: Node, type: FieldType, for what: String) -> Value? {
        guard case .scalar(let scalar) = node, !node.isEmpty else {
            reader.typeError(expected: Self.expectedValue(type), for: what, found: node)
            return nil
        }
        let text = scalar.string
        var value: Value?
        switch type {
        case .string:
            value = .string(text)
        case .code(let list):
            return checkCode(text, in: list, at: node) ? .string(text) : nil
        case .integer:
            value = Int64(text).map { .integer($0) }
        case .decimal:
            value = Double(text).flatMap { $0.isFinite ? .decimal($0) : nil }
        case .date:
            value = Self.isoDate.parse(text).map { .date($0) }
        case .boolean:
            value = ["true": true, "false": false][text.lowercased()].map { .boolean($0) }
        case .grade:
            value = GradeLevel.parse(text).map { .integer(Int64($0)) }
        case .schoolYear:
            value = SchoolYear.parse(text).map { .integer(Int64($0)) }
        }
        if value == nil {
            reader.typeError(expected: Self.expectedValue(type), for: what, found: node)
        }
        return value
    }

    private static func expectedValue(_ type: FieldType) -> String {
        switch type {
        case .string: "a string"
        case .code(let list): "a \(list.name) code"
        case .integer: "an integer"
        case .decimal: "a number"
        case .date: "a date as YYYY-MM-DD"
        case .boolean: "true or false"
        case .grade: "a grade level (PK, K, 1–12)"
        case .schoolYear: "a school year such as 2023-24"
        }
    }

    /// Bounds of the same type (as `ruleValue` reads them), `a` above `b`.
    static func isGreater(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.integer(a), .integer(b)): a > b
        case let (.decimal(a), .decimal(b)): a > b
        case let (.date(a), .date(b)): a > b
        default: false
        }
    }

    /// A scalar's text as written, for messages.
    static func text(of node: Node) -> String {
        guard case .scalar(let scalar) = node else { return YAMLNodeReader.describe(node) }
        return YAMLNodeReader.escaped(scalar.string)
    }

    /// A share of rows: `2%` or `0.02`, above 0 (or at 0 when `allowingZero`) and at most 1.
    mutating func share(_ node: Node, for what: String, allowingZero: Bool = false) -> Double? {
        if case .scalar(let scalar) = node {
            let text = scalar.string.trimmingSpaces
            let value = text.hasSuffix("%") ? Double(text.dropLast().trimmingSpaces).map { $0 / 100 } : Double(text)
            if let value, value.isFinite, value <= 1, allowingZero ? value >= 0 : value > 0 {
                return value
            }
        }
        let interval = allowingZero ? "[0, 1]" : "(0, 1]"
        reader.typeError(expected: "a share in \(interval) such as 2% or 0.02", for: what, found: node)
        return nil
    }

    /// `row_count: { min }`: a whole number of rows.
    mutating func rowCount(_ node: Node) -> Int? {
        guard let count = reader.integer(node, for: "'min'") else { return nil }
        guard count >= 0 else {
            reader.typeError(expected: "a non-negative integer", for: "'min'", found: node)
            return nil
        }
        return count
    }

    /// The regex as written, when Swift's `Regex` accepts it.
    mutating func compilingRegex(_ node: Node) -> String? {
        guard let text = reader.string(node, for: "'regex'") else { return nil }
        do {
            _ = try Regex(text)
        } catch {
            reader.error("invalid regular expression '\(YAMLNodeReader.escaped(text))': \(error)", at: node)
            return nil
        }
        return text
    }
}
