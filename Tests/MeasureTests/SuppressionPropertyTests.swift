import BackboneCore
import Measure
import Testing

/// The property Statistics Norway's GaussSuppression guarantees, checked on 400 random
/// tables by a separate method (rank by floating-point elimination): after suppression no
/// protected cell is a linear combination of published cells, and no dimension's hidden
/// groups that hold a protected cell all met, or all missed, the standard.
@Suite struct SuppressionPropertyTests {
    /// A random community of students split by 1–3 dimensions (each with a random number of
    /// unevenly sized groups), with the rate near 0, 50% or 100%.
    static func randomTable(_ random: inout SplitMix64) -> CellTable {
        let students = 5 + Int(random.next() % 200)
        let rate = [0.02, 0.5, 0.98][Int(random.next() % 3)]
        let groupCounts = (0..<(1 + Int(random.next() % 3))).map { _ in 2 + Int(random.next() % 5) }
        var cells = [CellTable.Cell(numerator: 0, denominator: 0, isTotal: true)]
        var groupCells: [[Int]] = []
        for count in groupCounts {
            groupCells.append(Array(cells.count..<cells.count + count))
            cells += [CellTable.Cell](repeating: CellTable.Cell(numerator: 0, denominator: 0), count: count)
        }
        for _ in 0..<students {
            let met = Double(random.next() % 10_000) / 10_000 < rate ? 1 : 0
            cells[0].denominator += 1
            cells[0].numerator += met
            for groups in groupCells {
                // Squared uniform draws: the last groups are small.
                let u = Double(random.next() % 10_000) / 10_000
                let cell = groups[min(groups.count - 1, Int(u * u * Double(groups.count)))]
                cells[cell].denominator += 1
                cells[cell].numerator += met
            }
        }
        // Empty groups are not published.
        let kept = cells.indices.filter { cells[$0].denominator > 0 }
        let index = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        return CellTable(
            cells: kept.map { cells[$0] },
            partitions: groupCells.map { CellTable.Partition(total: 0, parts: $0.compactMap { index[$0] }) })
    }

    /// Whether `target` is fixed by the sums once the hidden cells are unknown: adding its
    /// unit vector to the constraints (restricted to hidden cells) does not raise their rank.
    static func isDetermined(_ target: Int, hidden: [Bool], table: CellTable) -> Bool {
        let columns = hidden.indices.filter { hidden[$0] }
        let rows: [[Double]] = table.partitions.map { partition in
            columns.map { $0 == partition.total ? 1 : (partition.parts.contains($0) ? -1 : 0) }
        }
        let unit = columns.map { $0 == target ? 1.0 : 0 }
        return rank(rows + [unit]) == rank(rows)
    }

    static func rank(_ matrix: [[Double]]) -> Int {
        var m = matrix
        var rank = 0
        let width = m.first?.count ?? 0
        for column in 0..<width where rank < m.count {
            guard let pivot = (rank..<m.count).max(by: { abs(m[$0][column]) < abs(m[$1][column]) }),
                abs(m[pivot][column]) > 1e-9
            else { continue }
            m.swapAt(rank, pivot)
            for r in 0..<m.count where r != rank {
                let factor = m[r][column] / m[rank][column]
                for c in 0..<width { m[r][c] -= factor * m[rank][c] }
            }
            rank += 1
        }
        return rank
    }

    @Test func noProtectedCellCanBeWorkedOut() {
        var random = SplitMix64(seed: 2026)
        var protectedCells = 0
        for _ in 0..<400 {
            let table = Self.randomTable(&random)
            let settings = CellSuppressor.Settings(minimumCellSize: 10, coding: .banded)
            let decisions = CellSuppressor.protect(table, settings: settings)
            let small = table.cells.map { $0.denominator < 10 }
            let bounded = table.cells.map { settings.coding.bound(numerator: $0.numerator, denominator: $0.denominator) != nil }
            let hiddenDenominator = decisions.map { $0 != nil && $0?.bound == nil }
            let hiddenNumerator = decisions.map { $0 != nil }
            for cell in table.cells.indices {
                #expect(small[cell] == (decisions[cell]?.suppression == .smallCell))
                if small[cell] {
                    protectedCells += 1
                    #expect(!Self.isDetermined(cell, hidden: hiddenDenominator, table: table), "denominator of cell \(cell)")
                }
                if small[cell] || bounded[cell] {
                    #expect(!Self.isDetermined(cell, hidden: hiddenNumerator, table: table), "numerator of cell \(cell)")
                }
            }
            for partition in table.partitions where !hiddenNumerator[partition.total] {
                let hidden = partition.parts.filter { hiddenNumerator[$0] }
                guard hidden.contains(where: { small[$0] || bounded[$0] }) else { continue }
                let met = hidden.reduce(0) { $0 + table.cells[$1].numerator }
                let all = hidden.reduce(0) { $0 + table.cells[$1].denominator }
                let open = partition.parts.filter { !hiddenNumerator[$0] }
                #expect((met != 0 && met != all) || open.isEmpty, "all or none met in the hidden groups")
            }
        }
        #expect(protectedCells > 300)
    }
}
