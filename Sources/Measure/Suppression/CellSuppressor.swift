/// Decides which cells of one indicator-year are published, bounded or hidden, seeing every
/// published table at once (all dimensions and the total).
///
/// 1. Primary: a denominator below the minimum hides the cell (numerator, denominator, value).
/// 2. Top/bottom coding: a rate near 0% or 100% is shown as a bound with its denominator; its
///    numerator is hidden.
/// 3. Complementary: while a reader could work out a primary cell's denominator, or a primary
///    or bounded cell's numerator, from the published cells and the sums between them
///    (`RecoverableCells`), hide one more cell: the smallest published cell whose hiding alone
///    protects it, else the smallest sharing a sum with it (totals only when nothing else is
///    left), and check again.
/// 4. Zero and all: while the hidden parts of a dimension that hold a protected cell have
///    numerators adding up to 0 or to their denominators (everyone in them failed, or met the
///    standard), hide one more part, preferring one whose rate is neither 0 nor 100%.
///
/// Deterministic: ties go to the lower cell index.
public enum CellSuppressor {
    public struct Settings: Sendable {
        public var minimumCellSize: Int
        public var coding: TopBottomCoding

        public init(minimumCellSize: Int, coding: TopBottomCoding = .none) {
            self.minimumCellSize = minimumCellSize
            self.coding = coding
        }
    }

    /// What happens to each cell: nil when published exactly.
    public struct Decision: Sendable, Hashable {
        public var suppression: Suppression
        /// For a top- or bottom-coded cell, the bound it is shown as.
        public var bound: ValueBound?
    }

    public static func protect(_ table: CellTable, settings: Settings) -> [Decision?] {
        // Cells counting the same students are one cell: one decision, shown alike everywhere.
        let merged = MergedCells(table)
        let decisions = protectDistinct(merged.table, settings: settings)
        return table.cells.indices.map { decisions[merged.cellOf[$0]] }
    }

    /// `protect` for a table without equalities.
    private static func protectDistinct(_ table: CellTable, settings: Settings) -> [Decision?] {
        var decisions: [Decision?] = table.cells.map { cell in
            if cell.denominator < settings.minimumCellSize { return Decision(suppression: .smallCell) }
            guard let bound = settings.coding.bound(numerator: cell.numerator, denominator: cell.denominator) else {
                return nil
            }
            return Decision(suppression: bound.side == .atLeast ? .topCoded : .bottomCoded, bound: bound)
        }
        let protection = Protection(table: table, initial: decisions)
        while let next = protection.nextComplement(decisions) {
            decisions[next] = Decision(suppression: .complementary)
        }
        return decisions
    }
}

/// A table whose cells that count the same students are merged into one.
private struct MergedCells {
    let table: CellTable
    /// The merged cell of each original cell.
    let cellOf: [Int]

    init(_ original: CellTable) {
        var root = Array(original.cells.indices)
        func find(_ cell: Int) -> Int {
            var cell = cell
            while root[cell] != cell { cell = root[cell] }
            return cell
        }
        for (a, b) in original.equalities {
            let (x, y) = (find(a), find(b))
            if x != y { root[max(x, y)] = min(x, y) }
        }
        var cellOf = [Int](repeating: -1, count: original.cells.count)
        var cells: [CellTable.Cell] = []
        for cell in original.cells.indices where find(cell) == cell {
            cellOf[cell] = cells.count
            cells.append(original.cells[cell])
        }
        for cell in original.cells.indices { cellOf[cell] = cellOf[find(cell)] }
        self.cellOf = cellOf
        table = CellTable(
            cells: cells,
            partitions: original.partitions.map { CellTable.Partition(total: cellOf[$0.total], parts: $0.parts.map { cellOf[$0] }) })
    }
}

/// The search for the next cell to hide.
private struct Protection {
    let table: CellTable
    let constraints: [[(cell: Int, coefficient: Int)]]
    /// The constraints each cell takes part in.
    let constraintsOfCell: [[Int]]
    /// Cells whose denominator, or numerator, no reader may work out: small cells, and for
    /// numerators also bounded cells (even once they are hidden as another cell's complement).
    let protectedDenominator: [Bool]
    let protectedNumerator: [Bool]

    init(table: CellTable, initial: [CellSuppressor.Decision?]) {
        self.table = table
        protectedDenominator = initial.map { $0?.suppression == .smallCell }
        protectedNumerator = initial.map { $0 != nil }
        constraints = table.constraints
        var byCell = [[Int]](repeating: [], count: table.cells.count)
        for (index, constraint) in constraints.enumerated() {
            for term in constraint where byCell[term.cell].last != index { byCell[term.cell].append(index) }
        }
        constraintsOfCell = byCell
    }

    /// Denominators are hidden for suppressed cells; numerators also for bounded ones.
    enum Layer { case denominators, numerators }

    func isHidden(_ decision: CellSuppressor.Decision?, in layer: Layer) -> Bool {
        guard let decision else { return false }
        return layer == .numerators || decision.bound == nil
    }

    func isProtected(_ cell: Int, in layer: Layer) -> Bool {
        layer == .numerators ? protectedNumerator[cell] : protectedDenominator[cell]
    }

    func nextComplement(_ decisions: [CellSuppressor.Decision?]) -> Int? {
        for layer in [Layer.denominators, .numerators] {
            let hidden = decisions.map { isHidden($0, in: layer) }
            let recoverable = RecoverableCells.find(constraints: constraints, hidden: hidden)
            guard let cell = decisions.indices.first(where: { recoverable[$0] && isProtected($0, in: layer) }) else {
                continue
            }
            let candidates = ordered(decisions.indices.filter { !hidden[$0] })
            // The smallest cell whose hiding alone protects this one; else the smallest cell
            // sharing a sum with it, and the search goes on from there.
            for candidate in candidates {
                var trial = hidden
                trial[candidate] = true
                if !RecoverableCells.find(constraints: constraints, hidden: trial)[cell] { return candidate }
            }
            let neighbours = Set(constraintsOfCell[cell].flatMap { constraints[$0].map(\.cell) })
            return candidates.first { neighbours.contains($0) } ?? candidates.first
        }
        return zeroOrAllComplement(decisions)
    }

    /// A part to hide when a dimension's hidden parts all failed or all met the standard.
    private func zeroOrAllComplement(_ decisions: [CellSuppressor.Decision?]) -> Int? {
        for partition in table.partitions where !isHidden(decisions[partition.total], in: .numerators) {
            let hiddenParts = partition.parts.filter { isHidden(decisions[$0], in: .numerators) }
            guard hiddenParts.contains(where: { isProtected($0, in: .numerators) }) else { continue }
            let numerator = hiddenParts.reduce(0) { $0 + table.cells[$1].numerator }
            let denominator = hiddenParts.reduce(0) { $0 + table.cells[$1].denominator }
            guard numerator == 0 || numerator == denominator else { continue }
            let open = ordered(partition.parts.filter { !isHidden(decisions[$0], in: .numerators) })
            let mixed = open.filter { table.cells[$0].numerator > 0 && table.cells[$0].numerator < table.cells[$0].denominator }
            if let next = mixed.first ?? open.first { return next }
        }
        return nil
    }

    /// Non-totals first, then the smallest denominator, then the lowest index.
    private func ordered(_ cells: [Int]) -> [Int] {
        cells.sorted { a, b in
            let x = table.cells[a], y = table.cells[b]
            return (x.isTotal ? 1 : 0, x.denominator, a) < (y.isTotal ? 1 : 0, y.denominator, b)
        }
    }
}
