import BackboneTestSupport
import Foundation
import Testing

/// Recomputes demo indicators from the raw Riverton exports by a path that shares no code
/// with Backbone (plain string splitting, the system `gzip`, a regular expression over the
/// XML, integer arithmetic), and compares them with the published indicators.csv.
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

    /// The published all-students numerator and denominator of an indicator in a year.
    func published(_ indicator: String, _ year: Int, in csv: String) throws -> (Int?, Int?) {
        let row = try #require(csv.split(separator: "\r\n").first {
            $0.hasPrefix("\(indicator),") && $0.contains(",\(year),") && $0.contains(",all,all,")
        }, "\(indicator) \(year) is published")
        let fields = row.split(separator: ",", omittingEmptySubsequences: false)
        return (Int(fields[7]), Int(fields[8]))
    }

    /// Chronic absence: students with an enrollment row that year and at least 10 days
    /// enrolled (summed over the year's attendance rows) who missed 10% or more of them.
    @Test func chronicAbsenceAgreesWithAnIndependentCount() throws {
        let csv = try String(contentsOf: DemoRun.get().output.appendingPathComponent("indicators.csv"), encoding: .utf8)
        let enrolled = Set(try gradesByStudentYear().keys)
        for year in 2022...2026 {
            var days: [String: (enrolled: Int, present: Int)] = [:]
            let text = try Fixtures.gunzipped("riverton/district/attendance_\(year).csv.gz")
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let key = "\(f[0])|\(f[2].suffix(4))"
                let old = days[key] ?? (0, 0)
                days[key] = (old.enrolled + Int(f[3])!, old.present + Int(f[4])!)
            }
            let counted = days.filter { enrolled.contains($0.key) && $0.value.enrolled >= 10 }
            let chronic = counted.filter { 10 * ($0.value.enrolled - $0.value.present) >= $0.value.enrolled }
            let (numerator, denominator) = try published("chronic_absence", year, in: csv)
            #expect(numerator == chronic.count, "numerator \(year)")
            #expect(denominator == counted.count, "denominator \(year)")
        }
    }

    /// The 4-year adjusted cohort graduation rate, read straight from enrollment.csv: each
    /// student's cohort is the first Cohort_Year given; within the cohort's four years, the
    /// student's last year's last exit (latest entry) decides: TO, EM, JF, DC leave the cohort,
    /// GR counts as a graduate, anything else stays in without one.
    @Test func graduationRateAgreesWithAnIndependentCount() throws {
        let csv = try String(contentsOf: DemoRun.get().output.appendingPathComponent("indicators.csv"), encoding: .utf8)
        let text = try String(contentsOfFile: Fixtures.path("riverton/district/enrollment.csv"), encoding: .utf8)
        struct Row { var year: Int; var entry: String; var code: String; var cohort: Int? }
        var rows: [String: [Row]] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let p = f[4].split(separator: "/")
            rows[f[0], default: []].append(Row(year: Int(f[2].suffix(4))!, entry: "\(p[2])\(p[0])\(p[1])", code: f[6], cohort: Int(f[7])))
        }
        var cohorts: [Int: (graduates: Int, members: Int)] = [:]
        for (_, history) in rows {
            let ordered = history.enumerated().sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
            guard let cohort = ordered.compactMap(\.cohort).first else { continue }
            let window = ordered.filter { $0.year >= cohort && $0.year <= cohort + 3 }
            guard let lastYear = window.map(\.year).max() else { continue }
            let final = window.filter { $0.year == lastYear }.reduce(nil as Row?) { best, row in
                best.map { row.entry > $0.entry ? row : $0 } ?? row
            }!
            if ["TO", "EM", "JF", "DC"].contains(final.code) { continue }
            let old = cohorts[cohort + 3] ?? (0, 0)
            cohorts[cohort + 3] = (old.graduates + (final.code == "GR" ? 1 : 0), old.members + 1)
        }
        for year in [2025, 2026] {
            let (numerator, denominator) = try published("graduation_4_year", year, in: csv)
            #expect(numerator == cohorts[year]?.graduates, "graduates \(year)")
            #expect(denominator == cohorts[year]?.members, "cohort \(year)")
        }
    }
}
