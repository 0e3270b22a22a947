import BackboneTestSupport
import Foundation
import Testing
import Validate

/// The demo's bundled noise is found and reported: each figure here is recounted from the raw
/// exports by plain string handling and compared with what validation reported.
@Suite struct DemoDataQualityTests {
    func failures(_ rule: String, in source: String) throws -> Int {
        let quality = try #require(try DemoRun.get().result.quality.first { $0.source == source })
        return try #require(quality.rules.first { $0.name == rule }).failures
    }

    func lines(_ relative: String) throws -> [Substring] {
        try String(contentsOfFile: Fixtures.path(relative), encoding: .utf8).split(whereSeparator: \.isNewline)
    }

    @Test func missingBirthDatesAtBrightFutures() throws {
        let rows = try lines("riverton/cbo/bright_futures.csv")
        let column = rows[0].split(separator: ";").firstIndex(of: "Birth_Date")!
        let blank = rows.dropFirst().filter { $0.split(separator: ";", omittingEmptySubsequences: false)[column].isEmpty }
        #expect(blank.count > 100)
        #expect(try failures("required(birth_date)", in: "bright_futures_participants") == blank.count)
    }

    @Test func districtNumbersNorthsideGotWrong() throws {
        let known = Set(try lines("riverton/district/students.csv").dropFirst().map { $0.prefix { $0 != "," } })
        let xml = try String(contentsOfFile: Fixtures.path("riverton/cbo/northside_learning.xml"), encoding: .utf8)
        let recorded = xml.matches(of: #/<StudentNumber>([^<]*)</StudentNumber>/#).map { $0.output.1 }
        let unknown = recorded.filter { !known.contains($0) }
        #expect(!unknown.isEmpty)
        #expect(try failures("known_student_number", in: "northside_participants") == unknown.count)
    }

    @Test func untestedStudentsInTheStateFiles() throws {
        var untested = 0
        for year in 2022...2026 {
            let xml = try Fixtures.gunzipped("riverton/state/assessment_\(year).xml.gz")
            untested += xml.components(separatedBy: "<ReasonNotTested>").count - 1
        }
        #expect(untested > 0)
        #expect(try failures("tested", in: "state_assessment") == untested)
    }

    @Test func theDataQualityPageListsEveryRuleWithoutValues() throws {
        let outcome = try DemoRun.get()
        let html = try String(contentsOf: outcome.output.appendingPathComponent("data-quality.html"), encoding: .utf8)
        #expect(html.contains("known_student_number"))
        #expect(html.contains("exit_after_entry"))
        Golden.check(
            try String(contentsOf: outcome.output.appendingPathComponent("data-quality.csv"), encoding: .utf8),
            named: "riverton/data-quality.csv")
    }
}
