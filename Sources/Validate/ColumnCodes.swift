import BackboneCore

/// A column's values as integer codes, equal values sharing a code and nulls -1, so a rule
/// tests each distinct value once and compares rows by integers. Strings use their dictionary
/// codes; small-ranged integers and dates their offset from the smallest; anything else a
/// hash table.
struct ColumnCodes: Sendable {
    /// A range of integers up to this wide (or twice the rows) is coded by offset, not hashed.
    static let offsetCodedRange = 1 << 16

    let column: Column
    /// Per row, the value's code or -1.
    let codes: [Int32]
    /// Every code is below this.
    let count: Int
    /// For codes not from a string dictionary: the first row holding each code's value.
    private let firstRows: [Int32]

    init(_ column: Column) {
        self.column = column
        switch column.storage {
        case .strings(let codes, let dictionary):
            self.codes = codes
            count = dictionary.count
            firstRows = []
            return
        case .integers(let values, let valid): (codes, count) = Self.integerCodes(values, valid)
        case .dates(let values, let valid): (codes, count) = Self.integerCodes(values, valid)
        case .booleans(let values, let valid):
            codes = values.indices.map { valid[$0] ? (values[$0] ? 1 : 0) : -1 }
            count = 2
        case .decimals(let values, let valid):
            (codes, count) = DenseKeyCoder.encode(rows: values.count) { row in
                valid[row] ? (values[row] == 0 ? 0 : values[row].bitPattern) : nil
            }
        }
        var firstRows = [Int32](repeating: -1, count: count)
        for (row, code) in codes.enumerated() where code >= 0 && firstRows[Int(code)] < 0 {
            firstRows[Int(code)] = Int32(row)
        }
        self.firstRows = firstRows
    }

    /// The value a code stands for (a code some row holds).
    func value(of code: Int32) -> Value {
        if case .strings(_, let dictionary) = column.storage { return .string(dictionary[Int(code)]) }
        return column[Int(firstRows[Int(code)])]
    }

    private static func integerCodes<T: FixedWidthInteger>(_ values: [T], _ valid: [Bool]) -> ([Int32], Int) {
        var low = Int64.max, high = Int64.min
        for i in values.indices where valid[i] {
            low = min(low, Int64(values[i]))
            high = max(high, Int64(values[i]))
        }
        guard low <= high else { return ([Int32](repeating: -1, count: values.count), 0) }
        let (width, overflow) = high.subtractingReportingOverflow(low)
        if !overflow, width < max(Int64(offsetCodedRange), 2 * Int64(values.count)) {
            let codes = values.indices.map { valid[$0] ? Int32(Int64(values[$0]) - low) : -1 }
            return (codes, Int(width) + 1)
        }
        return DenseKeyCoder.encode(rows: values.count) { row in
            valid[row] ? UInt64(bitPattern: Int64(values[row])) : nil
        }
    }
}
