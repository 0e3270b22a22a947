import BackboneCore

/// What every chart of the report builds its SVG from: escaped text, and numbers written the
/// same way on every machine.
///
/// A chart is SVG text our code makes from numbers and labels passed through `escaped`, so a
/// template may insert it unescaped (`{{{chart}}}`); nothing else may be inserted that way.
enum SVGMarkup {
    /// Text safe inside an element or a quoted attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate, to a tenth of a unit.
    static func coordinate(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: 1)
    }

    /// An axis value as people read it: no decimals when whole, a true minus sign.
    static func label(_ value: Double) -> String {
        let text = NumberFormat.fixed(abs(value), decimals: value == value.rounded() ? 0 : 1)
        return (value < 0 && text.contains { $0 != "0" && $0 != "." } ? "−" : "") + text
    }
}
