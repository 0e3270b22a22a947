import BackboneCore
import BackboneTestSupport
import Extract
import Foundation
import Testing

/// Extract parses each distinct raw value once and remembers the outcome; the table must be
/// what parsing every cell on its own gives, row by row, whatever the repetition.
@Suite struct RememberedParsingTests {
    struct Column {
        var field: String
        var header: String
        var pool: [String]
        var codes: [String: String] = [:]
    }

    /// Random rows drawn from small pools (so values repeat, on consecutive rows too), with
    /// spaces around some values, null markers, unreadable values and empty required cells.
    func writeRows(_ columns: [Column], rows: Int, seed: UInt64, to path: String) throws -> [[String]] {
        var random = SplitMix64(seed: seed)
        var lines = [columns.map(\.header).joined(separator: ",")]
        var cells: [[String]] = []
        var previous: [String] = []
        for _ in 0..<rows {
            let row = columns.indices.map { c -> String in
                if !previous.isEmpty, random.next() % 3 == 0 { return previous[c] }
                let pool = columns[c].pool
                let value = pool[Int(random.next() % UInt64(pool.count))]
                return random.next() % 7 == 0 ? "  \(value)\t" : value
            }
            previous = row
            cells.append(row)
            lines.append(row.joined(separator: ","))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return cells
    }

    func check(table: CanonicalTable, columns: [Column], nullValues: [String], seed: UInt64) throws {
        let folder = try Fixtures.temporaryDirectory("remembered").path
        let cells = try writeRows(columns, rows: 3000, seed: seed, to: folder + "/export.csv")
        let mappings = columns.map {
            FieldMapping(field: $0.field, origin: .column($0.header), codes: $0.codes, location: SourceLocation(file: "p.yml"))
        }
        let source = SourceConfig(
            id: "export", partner: "p", path: "export.csv", format: .csv, table: table, nullValues: nullValues,
            fields: mappings, location: SourceLocation(file: "p.yml"))
        let extracted = try SourceExtractor.extract(source, baseDirectory: folder, displayBase: folder)

        let parsers = zip(columns, mappings).map { column, mapping in
            FieldParser(field: table.field(column.field)!, mapping: mapping)
        }
        var kept = 0
        var firstSeen: [String: [String]] = [:]
        for (line, row) in cells.enumerated() {
            let values = zip(parsers, row).map { parser, raw -> FieldParser.Outcome in
                nullValues.contains(String(raw.trimmingSpaces)) ? .value(.null) : parser.parse(Substring(raw))
            }
            let rejected = zip(parsers, values).contains { parser, outcome in
                parser.field.required && (outcome == .value(.null) || { if case .invalid = outcome { true } else { false } }())
            }
            if rejected {
                #expect(extracted.rejected.contains { $0.location.line == line + 2 }, "line \(line + 2) set aside")
                continue
            }
            for (c, outcome) in values.enumerated() {
                let expected: Value = if case .value(let value) = outcome { value } else { .null }
                #expect(extracted.table[kept, columns[c].field] == expected, "line \(line + 2), \(columns[c].field)")
                if case .string(let text) = expected, !(firstSeen[columns[c].field]?.contains(text) ?? false) {
                    firstSeen[columns[c].field, default: []].append(text)
                }
            }
            kept += 1
        }
        #expect(extracted.table.rowCount == kept && kept > 1000 && extracted.rejected.count > 0)
        // Each string column holds the texts of kept rows only, once each, in order of first use.
        for column in columns {
            guard case .strings(_, let dictionary) = extracted.table.column(column.field)!.storage else { continue }
            #expect(dictionary == (firstSeen[column.field] ?? []), "dictionary of \(column.field)")
        }
    }

    @Test func personFieldsMatchParsingEachCell() throws {
        try check(
            table: .person,
            columns: [
                Column(field: "person_id", header: "ID", pool: ["1001", "1002", "1003", "", "1004", "NA"]),
                Column(field: "last_name", header: "Last", pool: ["Peña", "Nguyen", "O'Brien", "NA", "", "Smith-Jones"]),
                Column(field: "birth_date", header: "DOB", pool: ["2015-07-04", "07/04/2015", "2015-13-40", "", "NA"]),
                Column(
                    field: "sex", header: "Sex", pool: ["M", "F", "Male", "X", "uri://ed-fi.org/SexDescriptor#F", "", "Q"],
                    codes: ["M": "male", "Male": "male", "F": "female"]),
                Column(field: "grade", header: "Grade", pool: ["K", "PK", "03", "3", "12", "13", "KG", ""]),
            ],
            nullValues: ["NA"], seed: 7)
    }

    @Test func programFieldsMatchParsingEachCell() throws {
        try check(
            table: .program,
            columns: [
                Column(field: "person_id", header: "ID", pool: ["p1", "p2", "p3", "p4", ""]),
                Column(field: "program", header: "Program", pool: ["Tutoring", "Mentoring", "", "Arts"]),
                Column(field: "school_year", header: "Year", pool: ["2023-24", "2023-2024", "2024", "24-25", ""]),
                Column(field: "start_date", header: "Start", pool: ["2023-09-01", "9/1/2023", "soon", ""]),
                Column(field: "hours", header: "Hours", pool: ["1.5", "12", "0", "-3", "lots", "1e3", ""]),
            ],
            nullValues: [], seed: 11)
    }
}
