import BackboneTestSupport
import Foundation
import Testing

/// No name, birth date, address or ID from an export reaches a log line or an error message,
/// in either log format, whether the run publishes or stops: a roster whose rows break in
/// every way that makes Backbone talk about them (malformed rows, bad bytes, unreadable dates
/// and ZIP codes, repeated and out-of-range values) is run, and every line is scanned.
@Suite struct RunLogPrivacyTests {
    /// Each row carries identifiers found nowhere else; the comments say how each row breaks.
    static let roster = [
        "id,first,last,dob,sex,street,zip",
        "QX-7001,Marisol,Okonkwo,2014-02-03,F,17 Larkspur Lane,97201",
        "QX-7002,Zeltrina,Vandermolen,2014/13/45,F,9 Quillfeather Court,9720",  // date and ZIP unreadable
        "QX-7002,Thaddeus,Brightwater,2013-06-07,M,4 Osgood Row,97202",  // repeated ID
        "QX-7003,Ignatia,Pemberford,1950-01-01,F,22 Wrenfield Way,97203",  // birth date out of range
        "QX-7004,Bartholo\"mew,Ashcombe,2014-08-09,M,3 Tansy Close,97204",  // quote inside an unquoted field
        "QX-7005,Philippa,Dunleavy,2014-10-11,X,5 Hollowmere Drive,97205",  // code not in the code list
        "QX-7006,Octavia,Fairweather,2014-12-01,F,8 Juniper Hollow",  // too few fields
    ]

    static let secrets: [String] = [
        "QX-70", "Marisol", "Okonkwo", "Zeltrina", "Vandermolen", "Thaddeus", "Brightwater", "Ignatia", "Pemberford",
        "Bartholo", "Ashcombe", "Philippa", "Dunleavy", "Octavia", "Fairweather", "Larkspur", "Quillfeather", "Osgood",
        "Wrenfield", "Tansy", "Hollowmere", "Juniper", "2014-02-03", "2014/13/45", "2013-06-07", "1950-01-01",
        "2014-08-09", "2014-10-11", "2014-12-01", "97201", "97202", "97203", "97204", "97205", "97206", "Latin", "Sorrel",
        "\u{FFFD}",
    ]

    func project(threshold: String) throws -> URL {
        let folder = try Fixtures.temporaryDirectory("log-privacy")
        var bytes = Data((Self.roster.joined(separator: "\n") + "\n").utf8)
        bytes.append(Data("QX-7007,Latin".utf8) + Data([0xE9]) + Data("a,Sorrel,2014-01-01,F,1 Elm,97206\n".utf8))
        try bytes.write(to: folder.appendingPathComponent("students.csv"))
        let pipeline = """
            backbone: 1
            partnership: { name: Log Privacy }
            partners: { district: { name: District, kind: district } }
            sources:
              students:
                partner: district
                path: students.csv
                table: person
                threshold: \(threshold)
                fields:
                  person_id: id
                  first_name: first
                  last_name: last
                  birth_date: { column: dob, format: YYYY-MM-DD }
                  sex: { column: sex, codes: { M: male, F: female } }
                  street: street
                  zip: zip
                rules:
                  - unique: person_id
                  - pattern: { field: zip, regex: "[0-9]{5}", severity: warn }
                  - range: { field: birth_date, min: 2010-01-01, max: 2020-12-31 }
                  - allowed: { field: sex, values: [female, male] }
            stages:
              link: { reference: students }
              report: { templates: \(Fixtures.templates) }
            allowed_paths: [\(Fixtures.templates)]
            """
        try Data(pipeline.utf8).write(to: folder.appendingPathComponent("p.yml"))
        return folder
    }

    @Test(arguments: [("90%", Int32(0)), ("1%", Int32(4))], ["text", "json"])
    func noLogLineOrErrorNamesAChild(threshold: (String, Int32), format: String) throws {
        let folder = try project(threshold: threshold.0)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackboneBinary.run(["run", "p.yml", "--log-format", format, "--out", "card"], in: folder)
        #expect(result.status == threshold.1, "\(result.stderr)")
        let lines = (result.stdout + result.stderr).split(whereSeparator: \.isNewline)
        #expect(lines.count > 5)
        let placed = format == "json" ? "\"file\":\"students.csv\",\"line\":6" : "students.csv:6:17: warning:"
        #expect(result.stderr.contains(placed), "the log places problems by file and line")
        for line in lines {
            for secret in Self.secrets where line.localizedCaseInsensitiveContains(secret) {
                Issue.record("'\(secret)' in a \(format) log line: \(line)")
            }
        }
    }
}
