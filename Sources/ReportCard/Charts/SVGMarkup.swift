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

    /// A share as a percentage with one decimal, as the tables show it.
    static func percent(_ share: Double) -> String {
        NumberFormat.percent(share)
    }

    /// An id made of the text's lowercase letters and digits, for `aria-labelledby`.
    static func identifier(_ text: String) -> String {
        var out = "chart_"
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if out.last == "_" { out.removeLast(); out += "-" }
                out.unicodeScalars.append(scalar)
            } else if out.last != "_" {
                out += "_"
            }
        }
        if out.last == "_" { out.removeLast() }
        return out
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String? = nil) -> String {
        let n = coordinate
        let attribute = name.map { #" class="\#($0)""# } ?? ""
        return #"<line\#(attribute) x1="\#(n(x1))" y1="\#(n(y1))" x2="\#(n(x2))" y2="\#(n(y2))"/>"# + "\n"
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String, class name: String? = nil) -> String {
        let n = coordinate
        let attribute = name.map { #" class="\#($0)""# } ?? ""
        return #"<text\#(attribute) x="\#(n(x))" y="\#(n(y))" text-anchor="\#(anchor)">\#(escaped(content))</text>"# + "\n"
    }
}
