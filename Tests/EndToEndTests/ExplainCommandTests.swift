import BackboneCore
import BackboneTestSupport
import Foundation
import Testing

/// `backbone explain` prints the definition and the count after each filter, and writes the
/// contributing student-years, pseudonymous, to the private folder only.
@Suite struct ExplainCommandTests {
    @Test func explainsAPublishedNumberWithoutAnId() throws {
        let demo = try DemoRun.get()
        let folder = try Fixtures.temporaryDirectory("explain").appendingPathComponent("private")
        let result = try BackboneBinary.run([
            "explain", "pipelines/riverton.yml", "chronic_absence", "--year", "2025-26", "--private", folder.path,
            "--crosswalk", demo.privateFolder.appendingPathComponent("crosswalk.csv").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOf: demo.output.appendingPathComponent("indicators.csv"), encoding: .utf8)
        let published = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("chronic_absence,") && $0.contains(",2026,2025–26,all,all,") })
        let fields = published.split(separator: ",", omittingEmptySubsequences: false)
        let (numerator, denominator) = (Int(fields[7])!, Int(fields[8])!)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        func count(_ label: String) -> Int? {
            lines.first { $0.trimmingSpaces.hasPrefix(label) }.flatMap { Int($0.split(separator: " ").last!.filter(\.isNumber)) }
        }
        #expect(count("counted in 2025–26") != nil)
        #expect(count("and days_enrolled >= 10") == denominator)
        #expect(count("numerator: days_absent / days_enrolled >= 0.1") == numerator)
        #expect(result.stdout.contains("2025–26  all=all  "))
        // Student numbers are seven digits; no run of seven digits is printed (the private
        // folder's path, a temporary folder's name, may hold digits of its own).
        #expect(result.stdout.replacingOccurrences(of: folder.path, with: "").firstMatch(of: /[0-9]{7}/) == nil)

        let records = folder.appendingPathComponent("explain/chronic_absence-2026.csv")
        let attributes = try FileManager.default.attributesOfItem(atPath: records.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: records.deletingLastPathComponent().path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let rows = try String(contentsOf: records, encoding: .utf8).split(separator: "\r\n").dropFirst()
        #expect(rows.count == denominator)
        #expect(rows.filter { $0.hasSuffix(",true") }.count == numerator)
        let pseudonyms = rows.map { $0.split(separator: ",")[1] }
        #expect(Set(pseudonyms).count == rows.count)
        #expect(pseudonyms.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func anUnknownIndicatorOrGroupIsAnErrorNamingTheChoices() throws {
        let result = try BackboneBinary.run(["explain", "pipelines/riverton.yml", "reading", "--private", "/nonexistent/x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown indicator 'reading'; expected one of: kindergarten_readiness, third_grade_reading"))
    }
}
