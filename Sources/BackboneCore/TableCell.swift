/// One typed cell as plain bits, so extract appends rows without building a `Value` per cell.
///
/// The column's type says how to read `bits`: an integer (also grades and school years), a
/// day number for a date, a `Double`'s bit pattern, 0 or 1 for a boolean; for a string column,
/// the caller's id of a distinct string (the builder asks for the text the first time it sees
/// an id, and numbers strings in the order rows first use them).
public struct TableCell: Sendable, Equatable {
    public var bits: Int64
    public var isNull: Bool

    public static let null = TableCell(bits: 0, isNull: true)

    public init(bits: Int64, isNull: Bool = false) {
        self.bits = bits
        self.isNull = isNull
    }

    /// The cell for a non-null typed value (`.string` values are not cells: use an id).
    public init(_ value: Value) {
        switch value {
        case .null, .string: self = .null
        case .integer(let i): self.init(bits: i)
        case .decimal(let d): self.init(bits: Int64(bitPattern: d.bitPattern))
        case .date(let d): self.init(bits: Int64(d))
        case .boolean(let b): self.init(bits: b ? 1 : 0)
        }
    }
}
