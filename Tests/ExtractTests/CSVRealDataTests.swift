import BackboneCore
import BackboneTestSupport
import Testing
@testable import Extract

@Suite("CSV reader: OpenSDP sample exports")
struct CSVRealDataTests {
    @Test(arguments: [
        ("Student_Attributes.csv", ["sid", "school_year", "race_ethnicity"], 59_606),
        ("Student_School_Year.csv", ["sid", "school_year", "grade_level", "frpl"], 56_044),
    ])
    func readsEveryRowWellFormed(file: String, header: [String], rows: Int) throws {
        let path = Fixtures.realdata("opensdp/college-going-toolkit-r-2012-raw/\(file)")
        let reader = try CSVReader(source: try openByteSource(path: path), file: path)
        #expect(reader.header == header)
        var wellFormed = 0
        var lastLine = 0
        try reader.read(
            row: { row in
                wellFormed += 1
                lastLine = row.line
            },
            malformed: { bad in Issue.record("\(bad.location): \(bad.message)") })
        #expect(wellFormed == rows && reader.rowsRead == rows && lastLine == rows + 1)
    }
}
