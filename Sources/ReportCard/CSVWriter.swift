import BackboneCore

/// Writes RFC 4180 CSV for people to open in a spreadsheet.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or carriage return) are prefixed with `'`; numbers are written as they are.
public struct CSVWriter {
    public enum Cell {
        case text(String)
        case number(String)
        case empty
    }

    private(set) public var output = ""

    public init(header: [String]) {
        appendRow(header.map { .text($0) })
    }

    public mutating func appendRow(_ cells: [Cell]) {
        output += cells.map(Self.encode).joined(separator: ",")
        output += "\r\n"
    }

    static func encode(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let n): return n
        case .text(var text):
            if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
            return CSVQuoting.quote(text)
        }
    }
}
