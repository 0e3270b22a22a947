import BackboneCore

/// One field of a table, standardized once per distinct value: a string column's dictionary
/// entries are transformed (in parallel when there are many), and rows only look theirs up.
struct StandardizedColumn<T: Sendable> {
    private let codes: [Int32]
    private let values: [T?]

    /// A field the table lacks gives nil on every row.
    init(_ table: Table, _ field: String, _ transform: @escaping @Sendable (String) -> T?) {
        switch table.column(field)?.storage {
        case .strings(let codes, let dictionary)?:
            self.codes = codes
            values = Self.mapInChunks(dictionary, transform)
        case nil:
            codes = []
            values = []
        case .some:
            // Not a string column: each row is its own entry, read as written in CSV outputs.
            let column = table.column(field)!
            let cells = (0..<table.rowCount).map { column[$0] }
            codes = cells.indices.map { cells[$0].isNull ? -1 : Int32($0) }
            values = cells.map { $0.isNull ? nil : transform($0.description) }
        }
    }

    subscript(row: Int) -> T? {
        guard !codes.isEmpty else { return nil }
        let code = codes[row]
        return code < 0 ? nil : values[Int(code)]
    }

    private static func mapInChunks(_ entries: [String], _ transform: @escaping @Sendable (String) -> T?) -> [T?] {
        let chunk = 4096
        guard entries.count > chunk else { return entries.map(transform) }
        return Parallel.map((entries.count + chunk - 1) / chunk) { i in
            entries[(i * chunk)..<min(entries.count, (i + 1) * chunk)].map(transform)
        }.flatMap { $0 }
    }
}
