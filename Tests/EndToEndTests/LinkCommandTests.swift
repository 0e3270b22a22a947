import BackboneTestSupport
import Foundation
import Testing

/// `backbone link` run as a user runs it, on the hand-made roster pair in `fixtures/link/`.
@Suite struct LinkCommandTests {
    /// Runs `backbone link` with `arguments` after the settings file, writing into a fresh folder.
    static func link(_ arguments: [String], label: String = "link") throws -> (BackboneBinary.Output, URL) {
        let directory = try Fixtures.temporaryDirectory(label)
        let result = try BackboneBinary.run(
            ["link"] + arguments + ["--out", directory.appendingPathComponent("crosswalk.csv").path])
        return (result, directory)
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    @Test func linksTheRosterPairAndWritesTheCrosswalkOwnerOnly() throws {
        let directory = try Fixtures.temporaryDirectory("link-fixture")
        let review = directory.appendingPathComponent("review.csv").path
        let result = try BackboneBinary.run([
            "link", "fixtures/link/link.yml", "--out", directory.appendingPathComponent("crosswalk.csv").path,
            "--review-queue", review,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let crosswalk = directory.appendingPathComponent("crosswalk.csv")
        Golden.check(try Self.text(crosswalk), named: "link/crosswalk.csv")
        for path in [crosswalk.path, review] {
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        }
        #expect(try Self.text(URL(fileURLWithPath: review)).hasPrefix("source,participant_id,student_id,probability,weight,field,"))
        // Counts only: every line but the timing is fixed, and no id reaches standard output.
        let summary = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("seconds:") }.joined(separator: "\n")
        Golden.check(summary + "\n", named: "link/summary.txt")
        #expect(!result.stdout.contains("S0") && !result.stdout.contains("C0"))
    }

    @Test func filesOnTheCommandLineReplaceThePathsInTheSettings() throws {
        let directory = try Fixtures.temporaryDirectory("link-files")
        let participants = directory.appendingPathComponent("two.csv")
        let rows = try String(contentsOfFile: Fixtures.path("link/cbo.csv"), encoding: .utf8).split(separator: "\n")
        try (rows.filter { $0.hasPrefix("cbo_id") || $0.hasPrefix("C06,") || $0.hasPrefix("C09,") }.joined(separator: "\n") + "\n")
            .write(to: participants, atomically: true, encoding: .utf8)
        let (result, out) = try Self.link(["fixtures/link/link.yml", "fixtures/link/district.csv", participants.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.text(out.appendingPathComponent("crosswalk.csv"))
            == "participant_id,student_id,pass,match_probability\r\nC09,S007,name_birth_date,\r\n")
        #expect(result.stdout.contains("linked:          1 of 2 participants (50.0%)"))
    }

    @Test func decisionsOverrideTheModel() throws {
        let directory = try Fixtures.temporaryDirectory("link-decisions")
        let decisions = directory.appendingPathComponent("decisions.csv")
        try "source,participant_id,student_id,decision\nparticipants,C06,S020,accept\nparticipants,C04,S003,reject\n"
            .write(to: decisions, atomically: true, encoding: .utf8)
        let (result, out) = try Self.link(["fixtures/link/link.yml", "--decisions", decisions.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.text(out.appendingPathComponent("crosswalk.csv")).split(separator: "\r\n")
        #expect(rows.contains("C06,S020,reviewer,"))
        #expect(!rows.contains { $0.hasPrefix("C04,S003,") })
    }

    /// With a pipeline file, the link is the one a pipeline run makes for that source.
    @Test func aPipelineFileSourceLinksAsThePipelineRunDoes() throws {
        let run = try DemoRun.get()
        let (result, out) = try Self.link(["pipelines/riverton.yml", "--source", "youthworks_participants"])
        #expect(result.status == 0, "\(result.stderr)")
        func links(_ lines: [Substring]) -> [String] { lines.map { String($0) }.sorted() }
        let pipeline = try Self.text(run.privateFolder.appendingPathComponent("crosswalk.csv")).split(separator: "\r\n")
            .filter { $0.hasPrefix("youthworks_participants,") }
            .map { $0.split(separator: ",", omittingEmptySubsequences: false)[1...3].joined(separator: ",")[...] }
        let command = try Self.text(out.appendingPathComponent("crosswalk.csv")).split(separator: "\r\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false)[0...2].joined(separator: ",")[...] }
        #expect(pipeline.count > 500)
        #expect(links(pipeline) == links(Array(command)))
    }

    @Test func mistakesAreLocatedAndExitWithStatus2() throws {
        let directory = try Fixtures.temporaryDirectory("link-errors")
        let settings = directory.appendingPathComponent("bad.yml")
        try String(contentsOfFile: Fixtures.path("link/link.yml"), encoding: .utf8)
            .replacingOccurrences(of: "    zip: zip\n", with: "    zp: zip\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        let (result, _) = try Self.link([settings.path])
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2, "\(result.stderr)")
        #expect(errors.allSatisfy { $0.hasPrefix("\(settings.path):") && $0.hasSuffix("has no field 'zp'; did you mean 'zip'?") })
        let (missing, _) = try Self.link(["pipelines/riverton.yml", "--source", "youthwork_participants"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "pipelines/riverton.yml: error: --source 'youthwork_participants' is not a source of the pipeline file; "
            + "did you mean 'youthworks_participants'?\n")
    }
}
