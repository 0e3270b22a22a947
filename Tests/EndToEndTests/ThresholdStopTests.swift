import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// A threshold passed stops the run before publishing: the last good card stays as it was.
@Suite struct ThresholdStopTests {
    /// `threshold` is the enrollment source's; 2 of its 5 rows fail error rules.
    func pipeline(threshold: String) -> String {
        """
        backbone: 1
        partnership: { name: Threshold Test }
        partners: { district: { name: District, kind: district } }
        sources:
          students:
            partner: district
            path: \(Fixtures.path("threshold/students.csv"))
            table: person
            fields: { person_id: id, first_name: first, last_name: last, birth_date: dob }
          enrollment:
            partner: district
            path: \(Fixtures.path("threshold/enrollment.csv"))
            table: enrollment
            threshold: \(threshold)
            fields: { person_id: id, school_id: school, school_year: year, grade: grade, entry_date: entry, exit_date: exit }
            rules:
              - references: { field: person_id, source: students }
              - check: { expression: "exit_date >= entry_date", name: exit_after_entry }
        stages:
          link: { reference: students }
          report: { templates: \(Fixtures.templates) }
        allowed_paths: [\(Fixtures.path("threshold")), \(Fixtures.templates)]
        """
    }

    func run(threshold: String, in directory: URL) throws -> RunResult {
        let file = directory.appendingPathComponent("p.yml").path
        try Data(pipeline(threshold: threshold).utf8).write(to: URL(fileURLWithPath: file))
        return try PipelineRunner(
            config: PipelineLoader.load(path: file),
            options: RunOptions(
                outputDirectory: directory.appendingPathComponent("card").path,
                privateDirectory: directory.appendingPathComponent("private").path)
        ).run()
    }

    @Test func aPassedThresholdStopsTheRunAndKeepsTheLastCard() throws {
        let directory = try Fixtures.temporaryDirectory("threshold")
        let first = try run(threshold: "50%", in: directory)
        let quality = try #require(first.quality.first { $0.source == "enrollment" })
        #expect(quality.rowsRead == 5 && quality.rowsKept == 3 && quality.rowsRejected == 2)
        let card = directory.appendingPathComponent("card")
        let published = try Data(contentsOf: card.appendingPathComponent("data-quality.csv"))

        #expect {
            try run(threshold: "10%", in: directory)
        } throws: { error in
            (error as? DataQualityStop)?.diagnostics.map(\.message) == [
                "source 'enrollment': 40% of rows (2 of 5) failed error rules, above the threshold of 10%"
            ]
        }
        #expect(try Data(contentsOf: card.appendingPathComponent("data-quality.csv")) == published)
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(entries == [".card.lock", "card", "card.history.sqlite", "p.yml", "private"])
        let reasons = try String(
            contentsOfFile: directory.appendingPathComponent("private/quarantine/enrollment.reasons.csv").path, encoding: .utf8)
        #expect(reasons.contains("rule 'exit_after_entry': check failed"))
        #expect(reasons.contains("rule 'references(person_id → students)'"))
        let rows = try String(
            contentsOfFile: directory.appendingPathComponent("private/quarantine/enrollment.rows.csv").path, encoding: .utf8)
        #expect(rows == "id,school,year,grade,entry,exit\nS2,101,2024,3,2023-08-20,2023-06-01\nS9,101,2024,3,2023-08-20,2024-06-01\n")
    }
}
