import BackboneCore

/// Settings as text that changes exactly when they do: every stored property by name,
/// dictionary entries sorted, and where a setting is written in the pipeline file left out
/// (moving a line changes nothing the stage does). What stage cache keys hash.
enum CanonicalText {
    static func of(_ value: Any) -> String {
        var text = ""
        append(value, to: &text)
        return text
    }

    private static func append(_ value: Any, to text: inout String) {
        if value is SourceLocation { return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first { append(wrapped.value, to: &text) } else { text += "nil" }
        case .dictionary, .set:
            let entries = mirror.children.map { of($0.value) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            text += "{" + entries.joined(separator: ",") + "}"
        case .collection:
            text += "["
            for child in mirror.children {
                append(child.value, to: &text)
                text += ","
            }
            text += "]"
        case .enum where !mirror.children.isEmpty:
            for child in mirror.children {
                text += "\(type(of: value)).\(child.label ?? "")("
                append(child.value, to: &text)
                text += ")"
            }
        case .struct, .class, .tuple:
            text += "\(type(of: value))("
            for child in mirror.children {
                text += (child.label ?? "") + ":"
                append(child.value, to: &text)
                text += ","
            }
            text += ")"
        default:
            if let raw = value as? any RawRepresentable {
                text += "\(type(of: value)).\(raw.rawValue)"
            } else {
                text += String(reflecting: value)
            }
        }
    }
}
