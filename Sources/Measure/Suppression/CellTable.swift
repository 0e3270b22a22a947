/// One indicator's cells in one school year as a reader of every published table sees them:
/// the counts, and the sums that tie the cells together.
///
/// Cell 0 is usually "all students"; each dimension's groups add up to it. A group with
/// missing values (a student without a recorded race) leaves a remainder the suppressor
/// assumes the reader knows, so each dimension is treated as a complete partition.
public struct CellTable: Sendable {
    public struct Cell: Sendable, Hashable {
        public var numerator: Int
        public var denominator: Int
        /// A total other cells add up to; hidden only when nothing else can be.
        public var isTotal: Bool

        public init(numerator: Int, denominator: Int, isTotal: Bool = false) {
            self.numerator = numerator
            self.denominator = denominator
            self.isTotal = isTotal
        }
    }

    /// `total = Σ parts`, as cell indices.
    public struct Partition: Sendable, Hashable {
        public var total: Int
        public var parts: [Int]

        public init(total: Int, parts: [Int]) {
            self.total = total
            self.parts = parts
        }
    }

    public var cells: [Cell]
    public var partitions: [Partition]
    /// Pairs of cells that count the same students (a dosage dimension's "no hours" and the
    /// participation dimension's non-participants).
    public var equalities: [(Int, Int)]

    public init(cells: [Cell], partitions: [Partition], equalities: [(Int, Int)] = []) {
        self.cells = cells
        self.partitions = partitions
        self.equalities = equalities
    }

    /// Every relation as a list of (cell, coefficient) summing to zero.
    var constraints: [[(cell: Int, coefficient: Int)]] {
        partitions.map { partition in [(partition.total, 1)] + partition.parts.map { ($0, -1) } }
            + equalities.map { [($0.0, 1), ($0.1, -1)] }
    }
}
