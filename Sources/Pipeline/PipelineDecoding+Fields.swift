import BackboneCore
import Extract
import Measure
import Yams

extension PipelineDecoding {
    static let fieldSpecKeys = ["column", "path", "value", "format", "codes", "invalid"]
    static let originKeys = ["column", "path", "value"]

    /// The `fields:` of a source: canonical field → where it comes from. Names are checked against
    /// the table and every required field must be mapped (when the table could be read).
    mutating func decodeFields(
        _ entry: YAMLMapping.Entry, source id: String, table: CanonicalTable?, format: SourceFormat?
    ) -> [FieldMapping]? {
        guard let fields = reader.mapping(entry.value, for: "'fields'", owner: "'fields' of source '\(id)'") else {
            return nil
        }
        var mappings: [FieldMapping] = []
        for field in fields.entries {
            var type: FieldType?
            if let table {
                guard let canonical = table.field(field.key) else {
                    reader.error(Self.unknownField(field.key, in: table), at: field.keyNode)
                    continue
                }
                type = canonical.type
            }
            if let mapping = decodeField(field, type: type, source: id, format: format) {
                mappings.append(mapping)
            }
        }
        if let table {
            for canonical in table.fields where canonical.required && fields.entry(canonical.name) == nil {
                reader.error(
                    "source '\(id)' does not map required field '\(canonical.name)' of table '\(table.rawValue)'",
                    at: entry.keyNode)
            }
        }
        return mappings.count == fields.entries.count ? mappings : nil
    }

    static func unknownField(_ name: String, in table: CanonicalTable) -> String {
        let names = table.fields.map(\.name)
        let hint = NameSuggestion.closest(to: name, among: names).map { "did you mean '\($0)'?" }
            ?? "expected one of: \(names.joined(separator: ", "))"
        return "table '\(table.rawValue)' has no field '\(name)'; \(hint)"
    }

    /// One field: a string (the column or XML path) or a mapping of `column`/`path`/`value`,
    /// `format` and `codes`.
    private mutating func decodeField(
        _ entry: YAMLMapping.Entry, type: FieldType?, source id: String, format: SourceFormat?
    ) -> FieldMapping? {
        let owner = "field '\(entry.key)' of source '\(id)'"
        let location = reader.location(of: entry.keyNode)
        switch entry.value {
        case .scalar:
            guard let text = reader.string(entry.value, for: owner) else { return nil }
            let origin: FieldMapping.Origin = format == .xml ? .path(text) : .column(text)
            return FieldMapping(field: entry.key, origin: origin, dateLayouts: [], codes: [:], location: location)
        case .mapping:
            guard let spec = reader.mapping(entry.value, for: owner, owner: owner, allowed: Self.fieldSpecKeys) else {
                return nil
            }
            let origin = fieldOrigin(spec, owner: owner, source: id, format: format)
            let layouts = spec.entry("format").map { dateLayouts($0, field: entry.key, type: type) } ?? []
            let codes = spec["codes"].map { codeTable($0, field: entry.key, type: type) } ?? [:]
            if case .constant(let constant)? = origin, case .code(let list)? = type, let node = spec["value"] {
                checkCode(codes?[constant] ?? constant, in: list, at: node)
            }
            var invalid = InvalidValuePolicy.warn
            if let node = spec["invalid"] {
                guard let policy: InvalidValuePolicy = reader.choice(node, key: "invalid", noun: "severity for unreadable values")
                else { return nil }
                invalid = policy
            }
            guard let origin, let layouts, let codes else { return nil }
            return FieldMapping(
                field: entry.key, origin: origin, dateLayouts: layouts, codes: codes, invalid: invalid, location: location)
        default:
            reader.typeError(expected: "a string or a mapping", for: owner, found: entry.value)
            return nil
        }
    }

    /// Exactly one of `column` (csv), `path` (xml) or `value`.
    private mutating func fieldOrigin(
        _ spec: YAMLMapping, owner: String, source id: String, format: SourceFormat?
    ) -> FieldMapping.Origin? {
        let origins = spec.present(Self.originKeys)
        guard let first = origins.first else {
            let expected = switch format {
            case .csv: "'column' or 'value'"
            case .xml: "'path' or 'value'"
            case nil: "'column', 'path' or 'value'"
            }
            reader.error("\(owner) needs \(expected)", at: spec.node)
            return nil
        }
        var valid = true
        for extra in origins.dropFirst() {
            reader.error("\(owner) has both '\(first.key)' and '\(extra.key)'; give only one", at: extra.keyNode)
            valid = false
        }
        switch (first.key, format) {
        case ("column", .xml?):
            reader.error("'column' applies to csv sources; source '\(id)' is xml, so use 'path'", at: first.keyNode)
            valid = false
        case ("path", .csv?):
            reader.error("'path' applies to xml sources; source '\(id)' is csv, so use 'column'", at: first.keyNode)
            valid = false
        default:
            break
        }
        guard let text = reader.string(first.value, for: "'\(first.key)'"), valid else { return nil }
        switch first.key {
        case "column": return .column(text)
        case "path": return .path(text)
        default: return .constant(text)
        }
    }

    /// `format:` of a date field: one layout or a list of them.
    private mutating func dateLayouts(_ entry: YAMLMapping.Entry, field: String, type: FieldType?) -> [DateLayout]? {
        if let type, type != .date {
            reader.error("'format' applies to date fields only; '\(field)' is \(Self.withArticle(type)) field", at: entry.keyNode)
            return nil
        }
        let nodes: [Node]
        if case .sequence(let sequence) = entry.value {
            nodes = Array(sequence)
        } else {
            nodes = [entry.value]
        }
        var layouts: [DateLayout] = []
        for node in nodes {
            guard let pattern = reader.string(node, for: "'format'") else { continue }
            guard let layout = DateLayout(pattern) else {
                reader.error(
                    "invalid date format '\(pattern)'; expected a layout of YYYY, MM or M, and DD or D, such as MM/DD/YYYY",
                    at: node)
                continue
            }
            layouts.append(layout)
        }
        return layouts.count == nodes.count ? layouts : nil
    }

    /// `codes:` raw value → canonical value; for a code field every canonical value must be in its list.
    private mutating func codeTable(_ node: Node, field: String, type: FieldType?) -> [String: String]? {
        guard let table = reader.mapping(node, for: "'codes'", owner: "'codes' of field '\(field)'") else { return nil }
        var codes: [String: String] = [:]
        var valid = true
        for entry in table.entries {
            guard let canonical = reader.string(entry.value, for: "code '\(entry.key)'") else {
                valid = false
                continue
            }
            if case .code(let list)? = type, !checkCode(canonical, in: list, at: entry.value) {
                valid = false
                continue
            }
            codes[entry.key] = canonical
        }
        return valid ? codes : nil
    }

    @discardableResult
    mutating func checkCode(_ code: String, in list: CodeList, at node: Node) -> Bool {
        guard list.contains(code) else {
            let expected = list.codes.joined(separator: ", ")
            reader.error("unknown \(list.name) code '\(code)'; expected one of: \(expected)", at: node)
            return false
        }
        return true
    }

    static func withArticle(_ type: FieldType) -> String {
        let name = type.description
        return (name.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + name
    }
}
