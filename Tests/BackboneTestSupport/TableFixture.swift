import BackboneCore

/// Builds small canonical tables for tests from rows of raw values.
public enum TableFixture {
    /// `rows` hold one value per field of `table`'s schema named in `fields`, in that order.
    public static func make(_ table: CanonicalTable, fields: [String], rows: [[Value]], name: String? = nil) -> Table {
        let schema = fields.map { field in (name: field, type: table.field(field)!.type) }
        var builder = TableBuilder(name: name ?? table.rawValue, fields: schema, origins: RowOrigins(unit: .line))
        builder.beginFile("\(table.rawValue).csv")
        for (i, row) in rows.enumerated() { builder.append(row, origin: i + 2) }
        return builder.build()
    }

    public static func date(_ iso: String) -> Value {
        .date(DateLayout("YYYY-MM-DD")!.parse(iso)!)
    }
}
