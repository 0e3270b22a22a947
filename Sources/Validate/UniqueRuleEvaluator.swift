import BackboneCore

/// `unique`: no two rows share the key fields' values. The first row with a key passes; each
/// later one fails as its duplicate. Rows with a missing key part are not compared.
struct UniqueRuleEvaluator: RuleEvaluator {
    /// Combined codes up to this many (or twice the rows) index an array instead of a hash table.
    static let directlyIndexedKeys = 1 << 20

    let columns: [Column]
    let input: RuleInput

    init(fields: [String], rule: ValidationRule, input: RuleInput) throws(Diagnostic) {
        var columns: [Column] = []
        for field in fields { columns.append(try input.column(field, for: rule)) }
        self.columns = columns
        self.input = input
    }

    func evaluate() -> RuleFailures {
        let rowCount = input.table.rowCount
        var key = (codes: [Int32](repeating: 0, count: rowCount), count: 1)
        for column in columns {
            let part = ColumnCodes(column)
            key = Self.combine(key, (part.codes, part.count))
        }
        let codes = key.codes
        var firstRows = [Int32](repeating: -1, count: key.count)
        var rows: [Int] = []
        for row in 0..<rowCount {
            let code = Int(codes[row])
            guard code >= 0 else { continue }
            if firstRows[code] < 0 {
                firstRows[code] = Int32(row)
            } else {
                rows.append(row)
            }
        }
        let input = input, first = firstRows
        return RuleFailures(rows: rows) { row in
            "duplicate of " + input.rowReference(Int(first[Int(codes[row])]), from: row)
        }
    }

    /// Codes for pairs of codes (-1 where either is -1): `a × countB + b` when that stays
    /// small, dense codes from a hash table otherwise.
    private static func combine(_ a: (codes: [Int32], count: Int), _ b: (codes: [Int32], count: Int)) -> ([Int32], Int) {
        let rows = a.codes.count
        let (product, overflow) = a.count.multipliedReportingOverflow(by: b.count)
        if !overflow, product <= max(directlyIndexedKeys, 2 * rows), product <= Int(Int32.max) {
            let width = Int32(b.count)
            let codes = (0..<rows).map { row in
                a.codes[row] < 0 || b.codes[row] < 0 ? -1 : a.codes[row] * width + b.codes[row]
            }
            return (codes, product)
        }
        return DenseKeyCoder.encode(rows: rows) { row in
            a.codes[row] < 0 || b.codes[row] < 0 ? nil : UInt64(UInt32(a.codes[row])) << 32 | UInt64(UInt32(b.codes[row]))
        }
    }
}
