import BackboneTestSupport
import Foundation
import Testing

/// Recomputes 3rd-grade reading proficiency from the raw Riverton exports by a path that
/// shares no code with Backbone (plain string splitting, the system `gzip`, a regular
/// expression over the XML), and compares it with the published indicators.csv.
@Suite struct IndependentIndicatorTests {
    /// Grade on the October 1 count date, else the grade of the year's latest entry.
    func gradesByStudentYear() throws -> [String: Int] {
        let text = try String(contentsOfFile: Fixtures.path("riverton/district/enrollment.csv"), encoding: .utf8)
        var best: [String: (covers: Bool, entry: String, grade: Int)] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let year = String(f[2].suffix(4))
            let grade = f[3] == "K" ? 0 : Int(f[3]) ?? -9
            func iso(_ us: String) -> String {
                let p = us.split(separator: "/")
                return p.count == 3 ? "\(p[2])-\(p[0])-\(p[1])" : ""
            }
            let entry = iso(f[4]), exit = iso(f[5])
            let countDate = "\(Int(year)! - 1)-10-01"
            let covers = entry <= countDate && (exit.isEmpty || exit >= countDate)
            let key = "\(f[0])|\(year)"
            if let old = best[key], (old.covers && !covers) || (old.covers == covers && old.entry >= entry) { continue }
            best[key] = (covers, entry, grade)
        }
        return best.mapValues(\.grade)
    }

    func elaLevels(year: Int) throws -> [String: Int] {
        let xml = try Fixtures.gunzipped("riverton/state/assessment_\(year).xml.gz")
        let levels = ["Below Basic": 1, "Basic": 2, "Proficient": 3, "Advanced": 4]
        let level = try Regex(#"<PerformanceLevel>\s*<PerformanceLevel>[^#<]*#([^<]*)</PerformanceLevel>"#)
        let student = try Regex(#"<StudentUniqueId>(\d+)</StudentUniqueId>"#)
        var result: [String: Int] = [:]
        // One record at a time, so a record without a level never borrows the next one's.
        for record in xml.split(separator: "</StudentAssessment>") where record.contains("<AssessmentIdentifier>SA-ELA-") {
            guard let l = record.firstMatch(of: level), let value = levels[String(l.output[1].substring!)],
                let s = record.firstMatch(of: student)
            else { continue }
            let id = String(s.output[1].substring!)
            result[id] = max(result[id] ?? 0, value)
        }
        return result
    }

    @Test func thirdGradeReadingAgreesWithAnIndependentCount() throws {
        let outcome = try DemoRun.get()
        let csv = try String(contentsOf: outcome.output.appendingPathComponent("indicators.csv"), encoding: .utf8)
        let grades = try gradesByStudentYear()
        for year in 2022...2026 {
            let levels = try elaLevels(year: year)
            let thirdGraders = grades.filter { $0.key.hasSuffix("|\(year)") && $0.value == 3 }
                .map { String($0.key.prefix { $0 != "|" }) }
            let tested = thirdGraders.filter { levels[$0] != nil }
            let proficient = tested.filter { levels[$0]! >= 3 }
            let row = "third_grade_reading,3rd-grade reading proficiency,\(year),"
            let published = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix(row) && $0.contains(",all,all,") })
            let fields = published.split(separator: ",", omittingEmptySubsequences: false)
            #expect(Int(fields[7]) == proficient.count, "numerator \(year)")
            #expect(Int(fields[8]) == tested.count, "denominator \(year)")
        }
    }
}
