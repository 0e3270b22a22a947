import BackboneCore
import BackboneTestSupport
import Extract
import Foundation
import Testing
import Validate

/// Rows set aside come back out of the quarantine byte for byte as they were read: the
/// header (or the XML document's opening), then exactly those rows, in their encoding.
@Suite struct QuarantineRoundTripTests {
    static let location = SourceLocation(file: "p.yml", line: 3, column: 3)

    static func csvSource(_ path: String, encoding: TextEncoding = .utf8) -> SourceConfig {
        SourceConfig(
            id: "people", partner: "district", path: path, format: .csv, table: .person, encoding: encoding,
            fields: [
                FieldMapping(field: "person_id", origin: .column("Student Number"), location: location),
                FieldMapping(field: "last_name", origin: .column("Last Name"), location: location),
                FieldMapping(field: "first_name", origin: .column("First"), location: location),
            ],
            location: location)
    }

    static func xmlSource(_ path: String) -> SourceConfig {
        SourceConfig(
            id: "students", partner: "state", path: path, format: .xml, table: .person, recordElement: "Student",
            fields: [
                FieldMapping(field: "person_id", origin: .path("Id"), location: location),
                FieldMapping(field: "last_name", origin: .path("Last"), location: location),
            ],
            location: location)
    }

    /// Extracts `source` from fixtures/quarantine, sets aside the kept rows `later` (table
    /// row and reason, as a validation rule would), and writes the quarantine.
    static func quarantine(
        _ source: SourceConfig, later: [(row: Int, reason: String)] = []
    ) throws -> (extracted: ExtractedSource, files: [String]) {
        let base = Fixtures.path("quarantine")
        let extracted = try SourceExtractor.extract(source, baseDirectory: base, displayBase: base)
        #expect(extracted.rowsRead == extracted.table.rowCount + extracted.rejected.count)
        let folder = try Fixtures.temporaryDirectory("quarantine").appendingPathComponent("private").path
        let rejections = later.map { extracted.rejection(ofRow: $0.row, reason: $0.reason) }
        let files = try Quarantine.write([extracted], privateDirectory: folder, rejectedLater: [source.id: rejections])
        return (extracted, files.map { String($0.dropFirst(folder.count + "/quarantine/".count)) + "@" + folder })
    }

    static func bytes(_ file: String) throws -> [UInt8] {
        let parts = file.split(separator: "@", maxSplits: 1)
        return Array(try Data(contentsOf: URL(fileURLWithPath: "\(parts[1])/quarantine/\(parts[0])")))
    }

    static func names(_ files: [String]) -> [String] {
        files.map { String($0.split(separator: "@")[0]) }
    }

    static func windows1252(_ text: String) throws -> [UInt8] {
        Array(try #require(text.data(using: .windowsCP1252)))
    }

    @Test func utf8WithByteOrderMarkAndCRLF() throws {
        let (_, files) = try Self.quarantine(
            Self.csvSource("crlf.csv"), later: [(1, "rule a failed"), (3, "rule c failed"), (1, "rule b failed")])
        #expect(Self.names(files) == ["people.rows.csv", "people.reasons.csv"])
        #expect(try Self.bytes(files[0]) == [0xEF, 0xBB, 0xBF] + Array(#"""
            Student Number,Last Name,First\#r
            ,Okafor,Chidi\#r
            2003,"Brown, Jr.",Al\#r
            ,"Zoë ""Z""",Zed\#r
            2006,Ng,Bo\#r

            """#.utf8))
        #expect(try Self.bytes(files[1]) == Array("""
            file,line,record,column,reason\r
            crlf.csv,3,,,required field 'person_id' is missing\r
            crlf.csv,4,,,rule a failed; rule b failed\r
            crlf.csv,7,,,required field 'person_id' is missing\r
            crlf.csv,8,,,rule c failed\r

            """.utf8))
    }

    @Test func windows1252KeepsItsEncodingAndALastRowWithoutALineBreak() throws {
        let (extracted, files) = try Self.quarantine(Self.csvSource("windows-1252.csv", encoding: .windows1252))
        #expect(extracted.rejected.count == 2)
        #expect(try Self.bytes(files[0]) == Self.windows1252("Student Number,Last Name,First\n,O’Brien,Seán\n,François,Œdipe"))
    }

    @Test func gzippedFilesAreCopiedDecompressed() throws {
        let (_, files) = try Self.quarantine(Self.csvSource("gzipped.csv.gz"))
        #expect(try Self.bytes(files[0]) == Array("Student Number,Last Name,First\n,Baker,Ben\n,Davis,Dee\n".utf8))
    }

    @Test func quotedLineBreaksMalformedRowsAndALoneCarriageReturn() throws {
        let (_, files) = try Self.quarantine(
            Self.csvSource("multiline.csv"), later: [(0, "rule a failed"), (1, "rule b failed")])
        #expect(try Self.bytes(files[0]) == Array("""
            Student Number,"Last
            Name",First
            5001,"Evans\r
            Smith",Eve
            ,"Ford
            Fox",Fay
            5003,Gray"s,Gus
            5004,Hill,Hal\r5005,"Ito ""I""

            Ivy",Ida,extra

            """.utf8))
        #expect(try Self.bytes(files[1]) == Array("""
            file,line,record,column,reason\r
            multiline.csv,3,,,rule a failed\r
            multiline.csv,5,,,required field 'person_id' is missing\r
            multiline.csv,7,,10,"expected no quote inside an unquoted field, found a quote (enclose the whole field in quotes and double the quotes inside it)"\r
            multiline.csv,8,,,rule b failed\r
            multiline.csv,11,,10,"expected 3 fields as in the header, found 4"\r

            """.utf8))
    }

    @Test func filesOfOneSourceShareARowsFileWhileTheirHeaderIsTheSame() throws {
        let (_, files) = try Self.quarantine(Self.csvSource("split/part-*.csv"))
        #expect(Self.names(files) == [
            "people.rows.csv", "people.reasons.csv", "people.2.rows.csv", "people.2.reasons.csv",
        ])
        // part-1's last row has no line break: the header's is added before part-2's row.
        #expect(try Self.bytes(files[0]) == Array("Student Number,Last Name,First\n,Lopez,Lu\n,Moore,Max\n".utf8))
        #expect(try Self.bytes(files[1]) == Array("""
            file,line,record,column,reason\r
            split/part-1.csv,3,,,required field 'person_id' is missing\r
            split/part-2.csv,2,,,required field 'person_id' is missing\r

            """.utf8))
        #expect(try Self.bytes(files[2]) == Array("First,Student Number,Last Name\r\nOla,,Ortiz\r\n".utf8))
        #expect(try Self.bytes(files[3]) == Array("""
            file,line,record,column,reason\r
            split/part-3.csv,2,,,required field 'person_id' is missing\r

            """.utf8))
    }

    @Test func xmlRecordsAreCopiedAsWrittenInsideTheRootElement() throws {
        let (_, files) = try Self.quarantine(Self.xmlSource("students.xml"), later: [(1, "rule a failed")])
        #expect(Self.names(files) == ["students.rows.xml", "students.reasons.csv"])
        let rows = try Self.bytes(files[0])
        #expect(rows == Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- an export: <e:Student> in a comment is not a record -->
            <e:Interchange xmlns:e="urn:example" version="1">
            <e:Student note="a > b"><e:Last>Reyes</e:Last><e:Note><![CDATA[</e:Student>]]></e:Note></e:Student>
            <e:Student><e:Id>7003</e:Id><?pi </e:Student>?><e:Last>Stoneé</e:Last></e:Student>
            <e:Student/>
            </e:Interchange>

            """.utf8))
        #expect(try Self.bytes(files[1]) == Array("""
            file,line,record,column,reason\r
            students.xml,6,2,,required field 'person_id' is missing\r
            students.xml,,3,,rule a failed\r
            students.xml,8,4,,required field 'person_id' is missing\r

            """.utf8))
        // The file reads again as the same records, ready to be fixed and resent.
        let reader = try XMLRecordReader(
            source: MemoryByteSource(rows), file: "rows.xml", recordElement: "Student", fieldPaths: ["Id", "Last"])
        var values: [[String?]] = []
        while let record = try reader.next() { values.append(record.values) }
        #expect(values == [[nil, "Reyes"], ["7003", "Stoneé"], [nil, nil]])
    }

    @Test func xmlInWindows1252KeepsItsDeclarationAndBytes() throws {
        let (_, files) = try Self.quarantine(Self.xmlSource("windows-1252.xml"))
        let rows = try Self.bytes(files[0])
        #expect(try rows == Self.windows1252("""
            <?xml version="1.0" encoding="windows-1252"?>\r
            <Students>
            <Student><Last>Vélez – Vidal</Last></Student>
            </Students>

            """))
        let reader = try XMLRecordReader(
            source: MemoryByteSource(rows), file: "rows.xml", recordElement: "Student", fieldPaths: ["Last"])
        #expect(try reader.next()?.values == ["Vélez – Vidal"])
    }
}

/// Bytes in memory, for reading a quarantine file back.
private final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - position)
        buffer.copyBytes(from: bytes[position..<(position + count)])
        position += count
        return count
    }
}
