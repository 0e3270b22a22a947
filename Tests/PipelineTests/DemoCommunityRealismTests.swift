import BackboneTestSupport
import DemoCommunity
import Foundation
import Testing

/// The default Riverton looks like a real district and its partners: stable enrollment
/// over K–12, outcome rates in the ranges real report cards show, and community-partner
/// records with the gaps and mistakes a linker must face.
@Suite struct DemoCommunityRealismTests {
    @Test func theDefaultCommunityIsRealistic() throws {
        let folder = try Fixtures.temporaryDirectory("riverton-realism").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let summary = try RivertonCommunity().write(to: folder)

        #expect((0.15...0.25).contains(summary.chronicAbsenceRate))
        #expect((0.40...0.55).contains(summary.proficiencyRate))
        #expect((0.45...0.55).contains(summary.readinessRate))
        #expect((0.80...0.90).contains(summary.graduationRate))
        #expect((0.55...0.65).contains(summary.collegeEnrollmentRate))
        let noRecord = Double(summary.participantIDsWithoutDistrictRecord) / Double(summary.participantIDs)
        #expect((0.10...0.20).contains(noRecord))

        try checkDistrict(folder, students: summary.students)
        try checkPartners(folder)
    }

    private func checkDistrict(_ folder: String, students: Int) throws {
        let roster = try DemoFiles.csv(folder, "district/students.csv")
        #expect(roster.count == students + 1)
        #expect(Set(roster.dropFirst().map { $0[0] }).count == students, "student numbers are unique")
        #expect(Set(roster.dropFirst().map { $0[1] }).count == students, "state ids are unique")
        let names = roster.dropFirst().flatMap { [$0[2], $0[3]] }
        for accented in ["José", "Peña", "Zoë"] {
            #expect(names.contains { $0.contains(accented) }, "no \(accented) among the names")
        }
        #expect(names.contains { $0.contains("-") }, "no hyphenated name")

        let enrollment = try DemoFiles.csv(folder, "district/enrollment.csv").dropFirst()
        #expect(Set(enrollment.map { $0[0] }).count == students, "every student has an enrollment")
        var studentsByYear: [String: Set<String>] = [:]
        var gradesByYear: [String: [Int: Int]] = [:]
        for row in enrollment {
            studentsByYear[row[2], default: []].insert(row[0])
            gradesByYear[row[2], default: [:]][Int(row[3])!, default: 0] += 1
            let grade = Int(row[3])!
            let level = grade <= 5 ? "1" : grade <= 8 ? "2" : "3"
            #expect(row[1].hasPrefix(level), "grade \(grade) at school \(row[1])")
        }
        #expect(studentsByYear.keys.sorted() == ["2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026"])
        let counts = studentsByYear.values.map(\.count)
        let mean = Double(counts.reduce(0, +)) / Double(counts.count)
        #expect(counts.allSatisfy { abs(Double($0) - mean) < 0.1 * mean }, "enrollment per year \(counts)")
        for (year, grades) in gradesByYear {
            #expect(grades.keys.sorted() == Array(0...12), "grades in \(year)")
            #expect(grades.values.allSatisfy { Double($0) > 0.05 * mean }, "a thin grade in \(year)")
        }
        let graduates = Set(enrollment.filter { $0[6] == "GR" && $0[2] != "2025-2026" }.map { $0[0] })
        let clearinghouse = try DemoFiles.csv(folder, "nsc/studenttracker_return.csv").dropFirst()
        #expect(Set(clearinghouse.map { $0[0] }) == graduates, "one NSC answer per 2022–2025 graduate")
        #expect(clearinghouse.filter { $0[6] == "N" }.allSatisfy { $0[10].isEmpty })
    }

    private func checkPartners(_ folder: String) throws {
        let truth = try DemoFiles.csv(folder, "truth/links.csv").dropFirst()
        let roster = try DemoFiles.csv(folder, "district/students.csv").dropFirst()
        let district = Dictionary(uniqueKeysWithValues: roster.map { ($0[0], $0) })
        #expect(truth.allSatisfy { $0[2].isEmpty || district[$0[2]] != nil })
        for source in ["youthworks_participants", "bright_futures_participants", "northside_participants"] {
            let rows = truth.filter { $0[0] == source }
            #expect(rows.count > 100, "\(source) has too few participants")
            #expect(Set(rows.map { $0[3] }).count < rows.count, "\(source) has no duplicate registrations")
        }

        let youthworksBytes = try DemoFiles.bytes(folder, "cbo/youthworks.csv")
        #expect(String(data: youthworksBytes, encoding: .utf8) == nil, "youthworks.csv must be Windows-1252, not UTF-8")
        #expect(youthworksBytes.contains(0x93) && youthworksBytes.contains(0xF1), "curly quotes and ñ in Windows-1252")
        let youthworks = try DemoFiles.csv(folder, "cbo/youthworks.csv", encoding: .windowsCP1252).dropFirst()
        var differing = 0
        var linked = 0
        let studentOf = Dictionary(truth.map { ($0[1], $0[2]) }, uniquingKeysWith: { a, _ in a })
        for row in youthworks {
            guard let number = studentOf[row[0]], let student = district[number] else { continue }
            linked += 1
            if !row[1].hasPrefix(student[2] + ", " + student[3]) { differing += 1 }
        }
        let share = Double(differing) / Double(linked)
        #expect((0.05...0.5).contains(share), "names differ from the district's in \(share) of rows")

        let mentoring = try DemoFiles.csv(folder, "cbo/bright_futures.csv", delimiter: ";").dropFirst()
        let blank = Double(mentoring.filter { $0[4].isEmpty }.count) / Double(mentoring.count)
        #expect((0.2...0.4).contains(blank), "\(blank) of Bright Futures birth dates blank")
    }
}
