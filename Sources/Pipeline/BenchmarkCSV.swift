import BackboneCore
import Extract

/// Reads the small CSV files of the linkage benchmarks (truth, crosswalks, rosters) by column
/// name, with Backbone's CSV reader.
enum BenchmarkCSV {
    /// Each row's values in the order of `columns`, with its line; a missing column or a
    /// malformed row is an error at its place.
    static func rows(_ path: String, display: String, columns: [String]) throws -> [(line: Int, values: [String])] {
        let reader = try CSVReader(source: openByteSource(path: path), file: display)
        let index = try CSVHeader.indexes(of: columns, in: reader.header, file: display) { column in
            "expected a column '\(column)'; the header has: \(reader.header.joined(separator: ", "))"
        }
        var rows: [(line: Int, values: [String])] = []
        try reader.read(
            row: { row in rows.append((row.line, index.map { String(row.string($0).trimmingSpaces) })) },
            malformed: { bad in throw Diagnostic.error(bad.message, at: bad.location) })
        return rows
    }

    /// Data rows (the header not counted).
    static func rowCount(_ path: String, display: String) throws -> Int {
        let reader = try CSVReader(source: openByteSource(path: path), file: display)
        try reader.read(row: { _ in }, malformed: { bad in throw Diagnostic.error(bad.message, at: bad.location) })
        return reader.rowsRead
    }
}
