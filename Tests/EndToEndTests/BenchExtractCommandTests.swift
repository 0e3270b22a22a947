import BackboneTestSupport
import Foundation
import Testing

/// `backbone bench extract` on the demo pipeline: one row per chosen source, the reader beside CSV ones.
@Suite struct BenchExtractCommandTests {
    static let pipeline = Fixtures.root.appendingPathComponent("pipelines/riverton.yml").path

    @Test func measuresEachChosenSourceBesideTheReader() throws {
        let result = try BackboneBinary.run([
            "bench", "extract", Self.pipeline, "--source", "district_students", "--source", "state_assessment", "--repeat", "1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| district") || $0.hasPrefix("| state") }
        #expect(rows.count == 2, "\(result.stdout)")
        // students.csv: 6,000 rows, and a reader figure and a ratio; the XML source has neither.
        let students = rows[0].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(students[0] == "district_students" && students[1] == "csv" && students[3] == "6,000")
        #expect(Double(students[6]) ?? 0 > 0 && Double(students[7]) ?? 0 > 0, "\(rows[0])")
        let assessment = rows[1].split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(assessment[1] == "state_assessment" && assessment[2] == "xml" && assessment[7].isEmpty, "\(rows[1])")
        #expect(result.stdout.contains("CSV sources together: "))
    }

    @Test func anUnknownSourceIsNamed() throws {
        let result = try BackboneBinary.run(["bench", "extract", Self.pipeline, "--source", "nope"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the pipeline has no source 'nope'"), "\(result.stderr)")
    }
}
