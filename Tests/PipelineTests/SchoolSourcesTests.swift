import BackboneCore
import BackboneTestSupport
@testable import Pipeline
import Testing

@Suite struct SchoolSourcesTests {
    @Test func eachStudentsSchoolIsTheOneEnrolledInLast() {
        let fields = ["person_id", "school_id", "school_year", "entry_date"]
        let first = TableFixture.make(.enrollment, fields: fields, rows: [
            [.string("S1"), .string("101"), .integer(2024), TableFixture.date("2023-08-20")],
            [.string("S1"), .string("201"), .integer(2025), TableFixture.date("2024-08-20")],
            // A move mid-year: the later entry wins.
            [.string("S2"), .string("102"), .integer(2025), TableFixture.date("2024-08-20")],
            [.string("S2"), .string("103"), .integer(2025), TableFixture.date("2025-01-06")],
        ])
        let second = TableFixture.make(.enrollment, fields: fields, rows: [
            [.string("S1"), .string("999"), .integer(2023), TableFixture.date("2022-08-20")],
            [.string("S3"), .string("301"), .integer(2026), .null],
        ])
        #expect(SchoolSources.latestSchool([first, second]) == ["S1": "201", "S2": "103", "S3": "301"])
    }

    @Test func theDirectoryReadsCodesAndNames() {
        let table = TableFixture.make(.school, fields: ["school_id", "school_name"], rows: [
            [.string("103"), .string("Lincoln Elementary School")], [.null, .string("No Code Academy")],
        ])
        let directory = SchoolSources.directory(table)
        #expect(directory.code(for: "Lincoln Elem") == "103")
        #expect(directory.code(for: "No Code Academy") == nil)
    }
}
