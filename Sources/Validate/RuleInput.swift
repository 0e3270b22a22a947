import BackboneCore

/// What every rule of one source runs against: its table, which fields are identifying, the
/// other sources' tables, and how big the source was last time.
struct RuleInput: Sendable {
    let source: String
    let table: Table
    let canonical: CanonicalTable
    let identifying: Set<String>
    let references: [String: Table]
    /// Rows in the export (kept or set aside at extract), for row-count rules.
    let rowsRead: Int
    let previousRowCount: Int?
    /// Where the source is declared, for findings about the source as a whole.
    let sourceLocation: SourceLocation?

    init(
        source: String, table: Table, canonical: CanonicalTable, references: [String: Table], rowsRead: Int,
        previousRowCount: Int?, sourceLocation: SourceLocation?
    ) {
        self.source = source
        self.table = table
        self.canonical = canonical
        self.identifying = Set(canonical.fields.filter(\.identifying).map(\.name))
        self.references = references
        self.rowsRead = rowsRead
        self.previousRowCount = previousRowCount
        self.sourceLocation = sourceLocation
    }

    /// The column a rule names; a rule about a field the source does not map is a
    /// configuration error.
    func column(_ field: String, for rule: ValidationRule) throws(Diagnostic) -> Column {
        guard let column = table.column(field) else {
            throw Diagnostic.error(
                "rule '\(rule.name)': source '\(source)' has no field '\(field)'; it maps: "
                    + table.columnNames.joined(separator: ", "),
                at: rule.location)
        }
        return column
    }

    /// A value as a finding may show it: identifying fields only as a shape.
    func show(_ value: Value, of column: Column) -> String {
        FindingText.show(value, type: column.type, identifying: identifying.contains(column.name))
    }
}

extension RuleInput {
    /// How a finding about row `row` names another row: `the row at line 17`, `record 4`,
    /// with the file when it differs.
    func rowReference(_ other: Int, from row: Int) -> String {
        let origins = table.origins
        let number = origins.numbers[other]
        let place = origins.unit == .line ? "the row at line \(number)" : "record \(number)"
        let file = origins.fileIndices[other]
        return file == origins.fileIndices[row] ? place : place + " of \(origins.files[Int(file)])"
    }
}
