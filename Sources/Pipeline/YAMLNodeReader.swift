import BackboneCore
import Yams

/// Reads typed values out of YAML nodes and records a located diagnostic for every problem
/// instead of stopping, so one pass over a pipeline file reports all of them.
///
/// `what` arguments name the value in type errors (`'fields'`, `indicator 2`); `owner`
/// arguments name the mapping in key errors (`source 'youthworks'`, `the pipeline file`).
struct YAMLNodeReader {
    let document: YAMLDocument
    private(set) var diagnostics: [Diagnostic]

    init(document: YAMLDocument) {
        self.document = document
        self.diagnostics = document.diagnostics
    }

    func location(of node: Node) -> SourceLocation {
        document.location(of: node.mark)
    }

    /// Where an expression's first character is: a quoted scalar starts one column after its quote.
    func expressionLocation(of node: Node) -> SourceLocation {
        var location = location(of: node)
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            location.column = location.column.map { $0 + 1 }
        }
        return location
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    /// A mapping whose keys are all in `allowed` (any key when nil) and include `required`.
    /// An empty value (`key:` alone) reads as an empty mapping.
    mutating func mapping(
        _ node: Node, for what: String, owner: String, allowed: [String]? = nil, required: [String] = []
    ) -> YAMLMapping? {
        let pairs: [(key: Node, value: Node)]
        if case .mapping(let mapping) = node {
            pairs = Array(mapping)
        } else if node.isNull {
            pairs = []
        } else {
            typeError(expected: "a mapping", for: what, found: node)
            return nil
        }
        var entries: [YAMLMapping.Entry] = []
        for (keyNode, value) in pairs {
            guard case .scalar(let scalar) = keyNode else {
                typeError(expected: "a string", for: "a key in \(owner)", found: keyNode)
                continue
            }
            if let allowed, !allowed.contains(scalar.string) {
                error(Self.unknownKey(scalar.string, in: owner, allowed: allowed), at: keyNode)
                continue
            }
            entries.append(YAMLMapping.Entry(key: scalar.string, keyNode: keyNode, value: value))
        }
        for key in required where !entries.contains(where: { $0.key == key }) {
            error("\(owner) is missing required key '\(key)'", at: node)
        }
        return YAMLMapping(node: node, entries: entries)
    }

    /// A sequence's items; an empty value reads as an empty sequence.
    mutating func sequence(_ node: Node, for what: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        if node.isNull { return [] }
        typeError(expected: "a sequence", for: what, found: node)
        return nil
    }

    /// Any scalar's text as written (so `NULL` or `Y` stay text); only an empty value is refused.
    mutating func string(_ node: Node, for what: String) -> String? {
        guard case .scalar(let scalar) = node, !node.isEmpty else {
            typeError(expected: "a string", for: what, found: node)
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ node: Node, for what: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            typeError(expected: "an integer", for: what, found: node)
            return nil
        }
        return value
    }

    mutating func number(_ node: Node, for what: String) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            typeError(expected: "a number", for: what, found: node)
            return nil
        }
        return value
    }

    /// One value of a closed set, read from `key`: `unknown table 'persons'; expected one of: person, …`.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, key: String, noun: String) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, for: "'\(key)'") else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let expected = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        error("unknown \(noun) '\(Self.escaped(text))'; expected one of: \(expected)", at: node)
        return nil
    }

    mutating func typeError(expected: String, for what: String, found node: Node) {
        error("expected \(expected) for \(what), found \(Self.describe(node))", at: node)
    }

    static func unknownKey(_ key: String, in owner: String, allowed: [String]) -> String {
        let expected = allowed.sorted().joined(separator: ", ")
        return "unknown key '\(key)' in \(owner); expected one of: \(expected)"
            + NameSuggestion.suffix(for: key, among: allowed)
    }

    /// What a person sees in "found …": the scalar itself (tabs and line breaks escaped) or its kind.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if node.isEmpty { return "an empty value" }
            return "'\(escaped(scalar.string))'"
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .alias: return "an alias"
        }
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result.append(character)
            }
        }
        return result
    }
}

extension Node {
    /// `key:` with nothing after it.
    var isEmpty: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && scalar.string.isEmpty
    }

    /// Nothing, `~` or `null`, unquoted.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
