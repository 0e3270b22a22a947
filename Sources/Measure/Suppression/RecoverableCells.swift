/// Which hidden cells a reader can work out exactly from the published cells and the sums
/// that tie the cells together.
///
/// A hidden cell is recoverable when its unit vector lies in the row space of the
/// constraints restricted to the hidden cells (the published cells only move the right-hand
/// side). Gauss–Jordan elimination in integers decides that exactly: after it, a cell is
/// recoverable when some row has no other non-zero entry. This is the property Statistics
/// Norway's GaussSuppression guarantees: no protected cell depends linearly on published ones.
enum RecoverableCells {
    static func find(constraints: [[(cell: Int, coefficient: Int)]], hidden: [Bool]) -> [Bool] {
        var column = [Int](repeating: -1, count: hidden.count)
        var cellOfColumn: [Int] = []
        for cell in hidden.indices where hidden[cell] {
            column[cell] = cellOfColumn.count
            cellOfColumn.append(cell)
        }
        var rows: [[Int]] = constraints.compactMap { constraint in
            var row = [Int](repeating: 0, count: cellOfColumn.count)
            for term in constraint where column[term.cell] >= 0 { row[column[term.cell]] += term.coefficient }
            return row.contains { $0 != 0 } ? row : nil
        }
        var pivotRow = 0
        for c in 0..<cellOfColumn.count where pivotRow < rows.count {
            guard let p = (pivotRow..<rows.count).first(where: { rows[$0][c] != 0 }) else { continue }
            rows.swapAt(pivotRow, p)
            for r in rows.indices where r != pivotRow && rows[r][c] != 0 {
                let factor = rows[r][c], pivot = rows[pivotRow][c]
                rows[r] = reduced(zip(rows[r], rows[pivotRow]).map { $0 * pivot - $1 * factor })
            }
            pivotRow += 1
        }
        var recoverable = [Bool](repeating: false, count: hidden.count)
        for row in rows {
            let nonZero = row.indices.filter { row[$0] != 0 }
            if nonZero.count == 1 { recoverable[cellOfColumn[nonZero[0]]] = true }
        }
        return recoverable
    }

    /// The row divided by the greatest common divisor of its entries, so numbers stay small.
    private static func reduced(_ row: [Int]) -> [Int] {
        let divisor = row.reduce(0) { gcd($0, abs($1)) }
        return divisor > 1 ? row.map { $0 / divisor } : row
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
