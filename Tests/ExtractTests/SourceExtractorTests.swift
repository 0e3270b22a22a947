import BackboneCore
import BackboneTestSupport
import Extract
import Foundation
import Testing

@Suite struct SourceExtractorTests {
    func mapping(_ field: String, _ column: String, layouts: [String] = [], codes: [String: String] = [:]) -> FieldMapping {
        FieldMapping(
            field: field, origin: .column(column), dateLayouts: layouts.compactMap(DateLayout.init), codes: codes,
            location: SourceLocation(file: "p.yml", line: 9, column: 7))
    }

    @Test func mapsHeadersParsesTypesAndAccountsForEveryRow() throws {
        let source = SourceConfig(
            id: "people", partner: "district", path: "people.csv", format: .csv, table: .person,
            fields: [
                mapping("person_id", "student_number"),
                mapping("last_name", "LAST NAME"),
                mapping("birth_date", "DOB", layouts: ["MM/DD/YYYY"]),
                mapping("sex", "Gender", codes: ["M": "male", "F": "female"]),
                mapping("grade", "Grade"),
            ],
            location: SourceLocation(file: "p.yml", line: 3, column: 3))
        let base = Fixtures.path("mapping")
        let extracted = try SourceExtractor.extract(source, baseDirectory: base, displayBase: base)
        #expect(extracted.rowsRead == 5)
        #expect(extracted.table.rowCount == 3)
        #expect(extracted.rejected.map(\.location.line) == [4, 6])
        #expect(extracted.rejected[0].reason == "required field 'person_id' is missing")
        #expect(extracted.rejected[1].location.description == "people.csv:6:15")
        #expect(extracted.rejected[1].reason == "expected 7 fields as in the header, found 3")
        let table = extracted.table
        #expect(table[0, "last_name"] == .string("Peña"))
        #expect(table[0, "birth_date"] == TableFixture.date("2015-07-04"))
        #expect(table[0, "grade"] == .integer(0))
        #expect(table[1, "birth_date"] == .null)
        #expect(table[2, "grade"] == .integer(5))
        #expect(table[2, "sex"] == .null)
        #expect(table.origins.location(ofRow: 2).description == "people.csv:5")
        let problems = Dictionary(uniqueKeysWithValues: extracted.valueProblems.map { ($0.field, $0) })
        #expect(problems["birth_date"]?.count == 1)
        // Identifying fields are described by shape, never by value.
        #expect(problems["birth_date"]?.examples.first?.message
            == "field 'birth_date': expected a date as MM/DD/YYYY, found a value shaped '99/99/9999'")
        #expect(problems["sex"]?.examples.first?.message
            == "field 'sex': expected a sex code (female, male, not_selected), found 'Q'")
    }

    @Test func aMissingColumnNamesTheHeader() throws {
        let source = SourceConfig(
            id: "people", partner: "district", path: "people.csv", format: .csv, table: .person,
            fields: [mapping("person_id", "Student_ID")], location: SourceLocation(file: "p.yml", line: 3, column: 3))
        let base = Fixtures.path("mapping")
        #expect(throws: Diagnostic.error(
            "column 'Student_ID' for field 'person_id' is not in the header of people.csv; the header has: Student Number, Last Name, First, DOB, Gender, Grade, Hours",
            at: SourceLocation(file: "people.csv", line: 1))) {
            try SourceExtractor.extract(source, baseDirectory: base, displayBase: base)
        }
    }
}

@Suite struct InvalidValuePolicyTests {
    @Test func anUnreadableValueSetsTheRowAsideWhenTheFieldSaysSo() throws {
        let location = SourceLocation(file: "p.yml", line: 9, column: 7)
        func extract(_ policy: InvalidValuePolicy) throws -> ExtractedSource {
            let source = SourceConfig(
                id: "people", partner: "district", path: "people.csv", format: .csv, table: .person,
                fields: [
                    FieldMapping(field: "person_id", origin: .column("Student Number"), location: location),
                    FieldMapping(
                        field: "birth_date", origin: .column("DOB"), dateLayouts: [DateLayout("MM/DD/YYYY")!],
                        invalid: policy, location: location),
                ],
                location: location)
            let base = Fixtures.path("mapping")
            return try SourceExtractor.extract(source, baseDirectory: base, displayBase: base)
        }
        let warned = try extract(.warn)
        #expect(warned.table.rowCount == 3)
        #expect(warned.valueProblems.map(\.count) == [1])
        let strict = try extract(.error)
        #expect(strict.table.rowCount == 2)
        #expect(strict.rejected.map(\.location.line) == [3, 4, 6])
        #expect(strict.rejected[0].reason
            == "field 'birth_date': expected a date as MM/DD/YYYY, found a value shaped '99/99/9999'")
    }

    /// The digest compared with the run's hash from before extract: the file's bytes as stored
    /// (compressed for gzip), including what the reader never needed, such as text after the
    /// XML root.
    @Test(arguments: ["people.xml", "people.csv.gz"])
    func eachFileIsHashedAsStoredWhileItIsRead(_ name: String) throws {
        let folder = try Fixtures.temporaryDirectory("extract-digest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        let xml = name.hasSuffix(".xml")
        if xml {
            let trailer = String(repeating: " ", count: 300_000) + "<!-- exported -->\n"
            try Data(("<People><Student><Id>S1</Id></Student></People>\n" + trailer).utf8).write(to: URL(fileURLWithPath: path))
        } else {
            let plain = String(path.dropLast(3))
            try Data("id\nS1\nS2\n".utf8).write(to: URL(fileURLWithPath: plain))
            let gzip = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-n", plain])
            gzip.waitUntilExit()
        }
        let source = SourceConfig(
            id: "people", partner: "district", path: name, format: xml ? .xml : .csv, table: .person,
            recordElement: xml ? "Student" : nil,
            fields: [FieldMapping(field: "person_id", origin: xml ? .path("Id") : .column("id"), location: SourceLocation(file: "p.yml"))],
            location: SourceLocation(file: "p.yml", line: 3, column: 3))
        let part = try SourceExtractor.extractFile(0, of: [path], source: source, displayBase: folder.path)
        #expect(part.digest == (try ContentHash.sha256(file: path)))
    }
}
