import BackboneCore
import Testing
@testable import Extract

@Suite("CSV reader: header")
struct CSVHeaderTests {
    @Test(arguments: ["Record Found Y/N", "record_found_y_n", "RECORDFOUNDYN", "  record-found (y/n) "])
    func normalizeIgnoresCaseSpacesAndPunctuation(name: String) {
        #expect(CSVHeader.normalize(name) == "recordfoundyn")
    }

    @Test func normalizeKeepsLettersAndDigits() {
        #expect(CSVHeader.normalize("Grade_Level 2") == "gradelevel2")
        #expect(CSVHeader.normalize("Élève") == "élève")
        #expect(CSVHeader.normalize("grade") != CSVHeader.normalize("grade2"))
    }

    @Test func quotedHeaderNames() throws {
        let result = try readCSV("\"Student ID\",\"Name, Last\"\n1,Kim\n")
        #expect(result.header == ["Student ID", "Name, Last"])
    }

    @Test func emptyFileHasNoHeader() throws {
        let error = try #require(throws: Diagnostic.self) { try readCSV("") }
        #expect(error.message == "expected a header line, found an empty file")
        #expect(error.location == SourceLocation(file: "test.csv", line: 1))
    }

    @Test func byteOrderMarkOnlyHasNoHeader() throws {
        let error = try #require(throws: Diagnostic.self) { try readCSV([0xEF, 0xBB, 0xBF]) }
        #expect(error.message == "expected a header line, found only a byte order mark")
    }

    @Test func blankLinesOnlyHaveNoHeader() throws {
        let error = try #require(throws: Diagnostic.self) { try readCSV("\r\n\n") }
        #expect(error.message == "expected a header line, found only blank lines")
    }

    @Test func malformedHeaderIsAnError() throws {
        let error = try #require(throws: Diagnostic.self) { try readCSV("a,b\"c\n1,2\n") }
        #expect(error.location == SourceLocation(file: "test.csv", line: 1, column: 4))
        #expect(error.message.hasPrefix("header is malformed"))
    }
}
