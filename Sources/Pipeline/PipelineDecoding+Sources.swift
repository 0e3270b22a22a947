import BackboneCore
import Extract
import Measure
import Yams

extension PipelineDecoding {
    static let sourceKeys = [
        "partner", "path", "format", "encoding", "delimiter", "null_values", "table", "fields", "record", "rules",
        "threshold",
    ]
    static let requiredSourceKeys = ["partner", "path", "table", "fields"]
    /// As written in the file (a tab may also be written `\t` unquoted) and as the byte read.
    static let delimiters: [(written: String, byte: UInt8)] = [(",", 0x2C), (";", 0x3B), ("\t", 0x09), ("|", 0x7C)]

    mutating func decodeSources(_ node: Node) -> [SourceConfig]? {
        guard let sources = reader.mapping(node, for: "'sources'", owner: "'sources'") else { return nil }
        var decoded: [SourceConfig] = []
        var ruleInputs: [SourceRuleInput] = []
        for entry in sources.entries {
            if let source = decodeSource(id: entry.key, entry.value, ruleInputs: &ruleInputs) { decoded.append(source) }
        }
        sourceRules = decodeSourceRules(ruleInputs)
        return decoded.count == sources.entries.count ? decoded : nil
    }

    /// Also appends what the source's rules are checked against to `ruleInputs`: rules may
    /// refer to sources declared after this one, so they are decoded once every source is read.
    private mutating func decodeSource(id: String, _ node: Node, ruleInputs: inout [SourceRuleInput]) -> SourceConfig? {
        let owner = "source '\(id)'"
        guard let source = reader.mapping(
            node, for: owner, owner: owner, allowed: Self.sourceKeys, required: Self.requiredSourceKeys)
        else {
            declaredSources.append((id, nil))
            ruleInputs.append(SourceRuleInput(id: id, table: nil, mapped: nil, rules: nil, threshold: nil))
            return nil
        }
        let table: CanonicalTable? = source["table"].flatMap { reader.choice($0, key: "table", noun: "table") }
        declaredSources.append((id, table))
        ruleInputs.append(SourceRuleInput(
            id: id, table: table, mapped: table.flatMap { Self.mappedFields(source["fields"], of: $0) },
            rules: source.entry("rules"), threshold: source.entry("threshold")))
        let partner = source["partner"].flatMap { partnerReference($0) }
        let path = source["path"].flatMap { checkedPath($0) }.flatMap { confined($0, at: source["path"]) }
        let format = sourceFormat(source, path: path, pathNode: source["path"])
        let settings = format.flatMap { formatSettings(source, format: $0, owner: owner, path: path ?? "") }
        let nullValues = source["null_values"].flatMap { strings($0, for: "'null_values'") } ?? []
        let fields = source.entry("fields").flatMap { decodeFields($0, source: id, table: table, format: format) }
        guard let partner, let path, let format, let table, let settings, let fields else { return nil }
        var config = SourceConfig(
            id: id, partner: partner, path: path, format: format, table: table, encoding: settings.encoding,
            delimiter: settings.delimiter, recordElement: settings.record, nullValues: nullValues, fields: fields,
            location: reader.location(of: node))
        config.pathLocation = source["path"].map { reader.location(of: $0) }
        return config
    }

    /// The fields of `table` that a `fields:` mapping names, in file order (names the table
    /// lacks are reported by `decodeFields`); nil when `fields` is not a mapping.
    private static func mappedFields(_ node: Node?, of table: CanonicalTable) -> [CanonicalTable.Field]? {
        guard let node else { return nil }
        if node.isNull { return [] }
        guard case .mapping(let fields) = node else { return nil }
        return fields.compactMap { pair in
            guard case .scalar(let key) = pair.key else { return nil }
            return table.field(key.string)
        }
    }

    private mutating func partnerReference(_ node: Node) -> String? {
        guard let partner = reader.string(node, for: "'partner'") else { return nil }
        if let partnerIDs, !partnerIDs.contains(partner) {
            reader.error(Self.notDeclared("partner", partner, in: "partners", among: partnerIDs), at: node)
            return nil
        }
        return partner
    }

    /// The path as written; one `*` is allowed, in the file name only.
    mutating func checkedPath(_ node: Node) -> String? {
        guard let path = reader.string(node, for: "'path'") else { return nil }
        let folders = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        if path.count(where: { $0 == "*" }) > 1 || folders.contains(where: { $0.contains("*") }) {
            reader.error("path '\(path)' may have one '*', in the file name only", at: node)
            return nil
        }
        return path
    }

    /// `format:` when given, else from the extension of `path` (`.csv`, `.txt`, `.tsv`, `.xml`, each
    /// maybe `.gz`); an extension that tells nothing is reported at `pathNode`.
    mutating func sourceFormat(_ source: YAMLMapping, path: String?, pathNode: Node?) -> SourceFormat? {
        if let node = source["format"] {
            return reader.choice(node, key: "format", noun: "format")
        }
        guard let path, let pathNode else { return nil }
        let name = Self.withoutGzip(path.lowercased())
        if [".csv", ".txt", ".tsv"].contains(where: { name.hasSuffix($0) }) { return .csv }
        if name.hasSuffix(".xml") { return .xml }
        reader.error(
            "cannot tell the format of '\(path)' from its extension; add 'format: csv' or 'format: xml'", at: pathNode)
        return nil
    }

    private static func withoutGzip(_ name: String) -> String {
        name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
    }

    /// The settings of the source's format; a key of the other format is an error, and XML needs `record`.
    mutating func formatSettings(
        _ source: YAMLMapping, format: SourceFormat, owner: String, path: String
    ) -> (encoding: TextEncoding, delimiter: UInt8, record: String?)? {
        var misplaced = false
        let otherKeys = format == .csv ? ["record"] : ["encoding", "delimiter"]
        let other: SourceFormat = format == .csv ? .xml : .csv
        for entry in source.present(otherKeys) {
            reader.error("'\(entry.key)' applies to \(other) sources; \(owner) is \(format)", at: entry.keyNode)
            misplaced = true
        }
        switch format {
        case .csv:
            let encoding: TextEncoding? = source["encoding"].map { reader.choice($0, key: "encoding", noun: "encoding") }
                ?? .utf8
            let isTSV = Self.withoutGzip(path.lowercased()).hasSuffix(".tsv")
            let delimiter = source["delimiter"].map { delimiterByte($0) } ?? (isTSV ? 0x09 : 0x2C)
            guard let encoding, let delimiter, !misplaced else { return nil }
            return (encoding, delimiter, nil)
        case .xml:
            guard let recordNode = source["record"] else {
                reader.error("\(owner) is missing required key 'record'", at: source.node)
                return nil
            }
            guard let record = reader.string(recordNode, for: "'record'"), !misplaced else { return nil }
            return (.utf8, 0x2C, record)
        }
    }

    private mutating func delimiterByte(_ node: Node) -> UInt8? {
        guard let text = reader.string(node, for: "'delimiter'") else { return nil }
        if let match = Self.delimiters.first(where: { $0.written == text || (text == "\\t" && $0.byte == 0x09) }) {
            return match.byte
        }
        let expected = Self.delimiters.map { "'\(YAMLNodeReader.escaped($0.written))'" }.joined(separator: ", ")
        reader.error("unknown delimiter '\(YAMLNodeReader.escaped(text))'; expected one of: \(expected)", at: node)
        return nil
    }

    /// A sequence of strings, each as written.
    mutating func strings(_ node: Node, for what: String) -> [String]? {
        guard let items = reader.sequence(node, for: what) else { return nil }
        let strings = items.compactMap { reader.string($0, for: "an entry of \(what)") }
        return strings.count == items.count ? strings : nil
    }
}
