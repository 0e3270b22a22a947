/// One typed cell, as read from a table or produced by an expression.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case null
    case string(String)
    case integer(Int64)
    case decimal(Double)
    /// Days since 1970-01-01 (see `CalendarDate`).
    case date(Int32)
    case boolean(Bool)

    public var isNull: Bool { self == .null }

    /// The value as written in CSV outputs: ISO dates, `true`/`false`, empty for null.
    public var description: String {
        switch self {
        case .null: return ""
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .decimal(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .date(let d): return CalendarDate.iso(d)
        case .boolean(let b): return b ? "true" : "false"
        }
    }
}
