import BackboneCore
import BackboneTestSupport
import Foundation
import Extract
import Testing
import Validate

@Suite struct SourceQualityTests {
    @Test func everyRowReadIsKeptOrSetAsideAndReasonsAreGrouped() throws {
        let source = SourceConfig(
            id: "people", partner: "district", path: "people.csv", format: .csv, table: .person,
            fields: [
                FieldMapping(field: "person_id", origin: .column("Student Number"), location: SourceLocation(file: "p.yml")),
                FieldMapping(
                    field: "birth_date", origin: .column("DOB"), dateLayouts: [DateLayout("MM/DD/YYYY")!],
                    location: SourceLocation(file: "p.yml")),
            ],
            location: SourceLocation(file: "p.yml", line: 3, column: 3))
        let base = Fixtures.path("mapping")
        let quality = try SourceQuality.assess(SourceExtractor.extract(source, baseDirectory: base, displayBase: base))
        #expect(quality.rowsRead == 5)
        #expect(quality.rowsKept + quality.rowsRejected == quality.rowsRead)
        #expect(quality.rejectionsByReason.map(\.reason) == [
            "expected 7 fields as in the header", "required field 'person_id' is missing",
        ])
        let birth = try #require(quality.fields.first { $0.field == "birth_date" })
        #expect(birth.unparseable == 1)
        #expect(birth.missing == 0)
    }
}

@Suite struct QuarantineTests {
    @Test func rowsSetAsideAreKeptAsReadOwnerOnlyWithTheirReasons() throws {
        let source = SourceConfig(
            id: "people", partner: "district", path: "people.csv", format: .csv, table: .person,
            fields: [FieldMapping(field: "person_id", origin: .column("Student Number"), location: SourceLocation(file: "p.yml"))],
            location: SourceLocation(file: "p.yml", line: 3, column: 3))
        let base = Fixtures.path("mapping")
        let extracted = try SourceExtractor.extract(source, baseDirectory: base, displayBase: base)
        let folder = try Fixtures.temporaryDirectory("quarantine").appendingPathComponent("private").path
        let files = try Quarantine.write([extracted], privateDirectory: folder)
        #expect(files == [folder + "/quarantine/people.rows.csv", folder + "/quarantine/people.reasons.csv"])
        #expect(try String(contentsOfFile: files[0], encoding: .utf8) == """
            Student Number,Last Name,First,DOB,Gender,Grade,Hours
            ,Smith,Sam,01/02/2014,M,2,4
            1004,Short,Row

            """)
        #expect(try String(contentsOfFile: files[1], encoding: .utf8) == """
            file,line,record,column,reason\r
            people.csv,4,,,required field 'person_id' is missing\r
            people.csv,6,,15,"expected 7 fields as in the header, found 3"\r

            """)
        for file in files {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
    }
}
