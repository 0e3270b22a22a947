import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// What a scheduler reads: one JSON event per line on standard error, and an exit status per
/// kind of failure (README, "For the scheduler").
@Suite struct SchedulerInterfaceTests {
    func events(_ stderr: String) throws -> [[String: Any]] {
        try stderr.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test func jsonLogsOneEventPerLineWithStagesCountsAndStatus() throws {
        let folder = try Fixtures.temporaryDirectory("json-log")
        let pipeline = try TinyPipeline.write(in: folder)
        let result = try BackboneBinary.run(
            ["run", pipeline, "--log-format", "json", "--out", folder.appendingPathComponent("card").path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let log = try events(result.stderr)
        #expect(log.first?["event"] as? String == "run_started")
        let finished = log.filter { $0["event"] as? String == "stage_finished" }
        #expect(finished.map { $0["stage"] as? String } == ["extract", "validate", "link", "measure", "report"])
        #expect((finished[0]["records"] as? [String: Int])?["rows_read"] == 4)
        #expect(finished.allSatisfy { $0["seconds"] is Double && $0["time"] is String })
        let last = try #require(log.last)
        #expect(last["event"] as? String == "run_finished" && last["status"] as? String == "succeeded" && last["exit_code"] as? Int == 0)
        let manifest = try RunManifest.read(publishedDirectory: folder.appendingPathComponent("card").path)
        #expect(last["run_id"] as? String == manifest.run.id)
        // Counts and places only: no name, birth date or id from the export.
        for value in ["Ana", "Lee", "2015-01-02", "S1"] { #expect(!result.stderr.contains(value), "\(value) in the log") }
    }

    @Test func aMissingInputIsStatus5AsAJSONErrorEvent() throws {
        let folder = try Fixtures.temporaryDirectory("json-missing")
        _ = try TinyPipeline.write(in: folder, extraSource: """
              enrollment:
                partner: district
                path: exports/enrollment.csv
                table: enrollment
                fields: { person_id: id, school_id: school, school_year: year, grade: grade, entry_date: entry, exit_date: exit }
            """)
        let result = try BackboneBinary.run(["run", "tiny.yml", "--log-format", "json", "--out", "card"], in: folder)
        #expect(result.status == 5, "\(result.stderr)")
        let log = try events(result.stderr)
        let error = try #require(log.first { $0["event"] as? String == "error" })
        #expect(error["file"] as? String == "tiny.yml" && error["line"] as? Int == 12 && error["column"] as? Int == 11, "\(error)")
        #expect((error["message"] as? String)?.hasPrefix("input file 'exports/enrollment.csv' does not exist") == true)
        #expect(log.last?["status"] as? String == "input_problem" && log.last?["exit_code"] as? Int == 5)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("card").path))
    }

    @Test func aColumnMissingFromAnExportIsStatus5() throws {
        let folder = try Fixtures.temporaryDirectory("changed-shape")
        try Data("id,first,surname,dob\nS1,Ana,Lee,2015-01-02\n".utf8).write(to: folder.appendingPathComponent("students.csv"))
        var text = try String(contentsOfFile: try TinyPipeline.write(in: folder), encoding: .utf8)
        text = text.replacingOccurrences(of: Fixtures.path("threshold/students.csv"), with: "students.csv")
        try Data(text.utf8).write(to: folder.appendingPathComponent("tiny.yml"))
        let result = try BackboneBinary.run(["run", "tiny.yml", "--quiet"], in: folder)
        #expect(result.status == 5, "\(result.stderr)")
        #expect(result.stderr.contains("last"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("error: an input is missing, unreadable or changed; nothing was published\n"))
    }

    @Test func initScaffoldsAProjectThatPassesCheck() throws {
        let folder = try Fixtures.temporaryDirectory("init").appendingPathComponent("lakeside")
        let created = try BackboneBinary.run(["init", folder.path, "--name", "Lakeside Promise"])
        #expect(created.status == 0, "\(created.stderr)")
        let check = try BackboneBinary.run(["check", "pipeline.yml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("pipeline.yml: ok"))
        let pipeline = try String(contentsOf: folder.appendingPathComponent("pipeline.yml"), encoding: .utf8)
        #expect(pipeline.contains("name: Lakeside Promise"))
        #expect(pipeline.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.count >= 10)
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("15 2 * * * cd /path/to/this/project && backbone run pipeline.yml --wait --log-format json"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/card/index.mustache").path))
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8).contains("/private/"))
        // No exports yet: the run names each missing one and publishes nothing.
        let run = try BackboneBinary.run(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(run.status == 5)
        #expect(run.stderr.contains("input file 'exports/district/students.csv' does not exist"))
        // A second init into the same folder refuses to overwrite it.
        let again = try BackboneBinary.run(["init", folder.path])
        #expect(again.status == 2 && again.stderr.contains("expected a new or empty folder"))
    }
}
