import BackboneCore
import Foundation
import Testing

/// The stage cache's binary form of tables and crosswalks: every column type, with nulls,
/// read back exactly, and a cut-short or damaged entry failing with an error, never a crash.
@Suite struct TableBinaryTests {
    static let fields: [(name: String, type: FieldType)] = [
        ("name", .string), ("count", .integer), ("share", .decimal), ("day", .date), ("flag", .boolean),
        ("grade", .grade), ("year", .schoolYear), ("sex", .code(.sex)),
    ]

    /// Three rows from two files, each column null in some row, with each row's bytes.
    static func table() -> Table {
        var builder = TableBuilder(name: "sample", fields: fields, origins: RowOrigins(unit: .line))
        builder.beginFile("a.csv")
        builder.append(
            [.string("Zoë"), .integer(-7), .decimal(0.1), .date(19_000), .boolean(true), .integer(-1), .integer(2024), .string("female")],
            origin: 2, byteOffset: 40, byteLength: 31)
        builder.append([.null, .null, .null, .null, .null, .null, .null, .null], origin: 3, byteOffset: 72, byteLength: 7)
        builder.beginFile("b.csv")
        builder.append(
            [.string(""), .integer(Int64.max), .decimal(-1e300), .date(-3), .boolean(false), .integer(12), .null, .string("male")],
            origin: 9, byteOffset: 0, byteLength: 60)
        return builder.build()
    }

    static func encoded(_ table: Table) -> Data {
        var writer = BinaryWriter()
        table.encode(to: &writer)
        return Data(writer.bytes)
    }

    @Test func everyColumnTypeWithNullsReadsBackExactly() throws {
        let original = Self.table()
        var reader = BinaryReader(Self.encoded(original))
        let copy = try Table(from: &reader)
        #expect(reader.isAtEnd)
        #expect(copy.name == "sample")
        #expect(copy.columns.map(\.name) == original.columns.map(\.name))
        #expect(copy.columns.map(\.type) == original.columns.map(\.type))
        #expect(copy.column("sex")?.type.description == "code (sex)")
        for row in 0..<original.rowCount {
            for field in Self.fields {
                #expect(copy[row, field.name] == original[row, field.name], "row \(row), \(field.name)")
            }
            #expect(copy.origins.location(ofRow: row) == original.origins.location(ofRow: row))
            #expect(copy.origins.span(ofRow: row) == original.origins.span(ofRow: row))
        }
        #expect(copy.origins.span(ofRow: 2) == .bytes(file: 1, offset: 0, length: 60))
    }

    @Test func recordOriginsReadBackWithTheirElement() throws {
        var builder = TableBuilder(name: "records", fields: [("name", .string)], origins: RowOrigins(unit: .record, recordElement: "Participant"))
        builder.beginFile("p.xml")
        builder.append([.string("x")], origin: 4)
        var reader = BinaryReader(Self.encoded(builder.build()))
        let copy = try Table(from: &reader)
        #expect(copy.origins.location(ofRow: 0).description == "p.xml (record 4, Participant)")
        #expect(copy.origins.span(ofRow: 0) == .record(file: 0, number: 4))
    }

    @Test func aTableCutShortAnywhereFailsWithAnError() throws {
        let bytes = Self.encoded(Self.table())
        for length in stride(from: 0, to: bytes.count, by: 7) {
            var reader = BinaryReader(bytes.prefix(length))
            #expect(throws: BinaryReader.Damaged.self) { try Table(from: &reader) }
        }
    }

    @Test func aStringCodeOutsideItsDictionaryIsCaught() throws {
        var builder = TableBuilder(name: "t", fields: [("name", .string)], origins: RowOrigins(unit: .record))
        builder.beginFile("f")
        builder.append([.string("only")], origin: 1)
        var bytes = Self.encoded(builder.build())
        // The single code (0) sits just before the dictionary: its count (1), its length (4), "only".
        let code = bytes.count - 4 - 4 - 8 - 4
        bytes[code] = 5
        var reader = BinaryReader(bytes)
        #expect(throws: BinaryReader.Damaged.self) { try Table(from: &reader) }
    }

    @Test func aCrosswalkReadsBackWithItsProbabilities() throws {
        var crosswalk = Crosswalk()
        crosswalk.add(source: "b", personId: "P2", link: .init(studentId: "S1", pass: "state_id"))
        crosswalk.add(source: "a", personId: "P1", link: .init(studentId: "S9", pass: "fellegi_sunter", probability: 0.97))
        crosswalk.add(source: "a", personId: "P0", link: .init(studentId: "S3", pass: "reviewer"))
        var writer = BinaryWriter()
        crosswalk.encode(to: &writer)
        var reader = BinaryReader(Data(writer.bytes))
        let copy = try Crosswalk(from: &reader)
        #expect(copy.links == crosswalk.links)
    }
}
