import BackboneCore
import BackboneTestSupport
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
