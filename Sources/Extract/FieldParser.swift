import BackboneCore

/// Turns one raw export value into a typed canonical value, as a field mapping declares.
///
/// Failures return a message that names the expected form and the value's *shape* only
/// (see `ValueShape`), so identifying values never reach a log.
public struct FieldParser: Sendable {
    public let field: CanonicalTable.Field
    let layouts: [DateLayout]
    let codes: [String: String]

    public init(field: CanonicalTable.Field, mapping: FieldMapping) {
        self.field = field
        self.layouts = mapping.dateLayouts.isEmpty ? DateLayout.defaults : mapping.dateLayouts
        self.codes = mapping.codes
    }

    public enum Outcome: Equatable, Sendable {
        case value(Value)
        case invalid(String)
    }

    /// `raw` is nil or empty for a missing value.
    public func parse(_ raw: Substring?) -> Outcome {
        guard let raw else { return .value(.null) }
        let text = raw.trimmingSpaces
        if text.isEmpty { return .value(.null) }
        let mapped = codes.isEmpty ? String(text) : (codes[String(text)] ?? descriptorCode(text).flatMap { codes[$0] } ?? String(text))
        switch field.type {
        case .string:
            return .value(.string(mapped))
        case .code(let list):
            if list.contains(mapped) { return .value(.string(mapped)) }
            if let code = descriptorCode(Substring(mapped)), list.contains(code) { return .value(.string(code)) }
            return .invalid("expected a \(list.name) code (\(list.codes.joined(separator: ", "))), found \(describe(text))")
        case .integer:
            if let i = Int64(mapped) { return .value(.integer(i)) }
            if let d = Double(mapped), d == d.rounded(), abs(d) < 1e15 { return .value(.integer(Int64(d))) }
            return .invalid("expected an integer, found \(describe(text))")
        case .decimal:
            if let d = Double(mapped), d.isFinite { return .value(.decimal(d)) }
            return .invalid("expected a number, found \(describe(text))")
        case .date:
            for layout in layouts {
                if let day = layout.parse(mapped) { return .value(.date(day)) }
            }
            let expected = layouts.map(\.pattern).joined(separator: " or ")
            return .invalid("expected a date as \(expected), found \(describe(text))")
        case .boolean:
            if let b = Self.boolean(mapped) { return .value(.boolean(b)) }
            return .invalid("expected a yes/no value (Y/N, Yes/No, true/false, 1/0), found \(describe(text))")
        case .grade:
            if let g = GradeLevel.parse(mapped) { return .value(.integer(Int64(g))) }
            return .invalid("expected a grade level (PK, K, 1–12), found \(describe(text))")
        case .schoolYear:
            if let y = SchoolYear.parse(mapped) { return .value(.integer(Int64(y))) }
            return .invalid("expected a school year such as 2023-24, found \(describe(text))")
        }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "y", "yes", "true", "t", "1": return true
        case "n", "no", "false", "f", "0": return false
        default: return nil
        }
    }

    private func descriptorCode(_ text: Substring) -> String? {
        guard let hash = text.lastIndex(of: "#") else { return nil }
        return String(text[text.index(after: hash)...])
    }

    private func describe(_ text: Substring) -> String {
        field.identifying ? "a value shaped \(ValueShape.of(text))" : "'\(text.prefix(40))'"
    }
}
