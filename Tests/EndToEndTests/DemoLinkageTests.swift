import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// The demo's linkage, scored against the generator's ground truth (fixtures/riverton/truth),
/// which no pipeline reads.
@Suite struct DemoLinkageTests {
    @Test func linksAreAccurateAgainstTheGroundTruth() throws {
        let outcome = try DemoRun.get()
        func rows(_ path: String) throws -> [[Substring]] {
            try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        }
        var truth: [String: Substring] = [:]
        for row in try rows(Fixtures.path("riverton/truth/links.csv")) { truth["\(row[0])|\(row[1])"] = row[2] }
        let links = try rows(outcome.privateFolder.appendingPathComponent("crosswalk.csv").path)
        let correct = links.filter { truth["\($0[0])|\($0[1])"] == $0[2] }.count
        let linkable = truth.values.filter { !$0.isEmpty }.count
        let precision = Double(correct) / Double(links.count)
        let recall = Double(correct) / Double(linkable)
        #expect(precision >= 0.995, "precision \(precision)")
        #expect(recall >= 0.88, "recall \(recall)")
        #expect(links.contains { $0[3] == "fellegi_sunter" })
    }

    @Test func theLinkagePageAndItsFiguresMatchTheGoldenFiles() throws {
        let output = try DemoRun.get().output
        for name in ["linkage.html", "linkage.csv", "linkage-model.csv", "linkage-weights.csv"] {
            Golden.check(try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8), named: "riverton/\(name)")
        }
    }

    @Test func thePageAddsUpToTheSummaries() throws {
        let outcome = try DemoRun.get()
        let rows = try String(contentsOf: outcome.output.appendingPathComponent("linkage.csv"), encoding: .utf8)
            .split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
        for summary in outcome.result.linkSummaries {
            let linked = rows.filter { $0[0] == summary.source }.reduce(0) { $0 + Int($1[3])! }
            #expect(linked == summary.linked, "\(summary.source)")
            #expect(summary.bestWeights.total > 0 && summary.bestWeights.total <= summary.participants - summary.linked + summary.linkedByPass[.fellegiSunter, default: 0])
        }
    }

    @Test func theReviewQueueIsPrivateAndExplainsEachField() throws {
        let outcome = try DemoRun.get()
        let path = outcome.privateFolder.appendingPathComponent("review-queue.csv").path
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "source,participant_id,student_id,probability,weight,field,participant_value,student_value,level,contribution")
        #expect(lines.count > 1)
        let reviewed = outcome.result.linkSummaries.reduce(0) { $0 + $1.forReview }
        // One line per compared field: names, birth date, sex, street, ZIP, school, state ID.
        #expect((lines.count - 1) == reviewed * 8)
    }
}

/// A reviewer's decisions file is read back on the next run and overrides the model.
@Suite struct DemoReviewDecisionsTests {
    @Test func acceptedAndRejectedPairsOverrideTheModel() throws {
        let first = try DemoRun.get()
        let queue = try String(
            contentsOf: first.privateFolder.appendingPathComponent("review-queue.csv"), encoding: .utf8
        ).split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
        let crosswalk = try String(
            contentsOf: first.privateFolder.appendingPathComponent("crosswalk.csv"), encoding: .utf8
        ).split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
        let accepted = try #require(queue.first)
        let rejected = try #require(crosswalk.first { $0[3] == "fellegi_sunter" })
        let directory = try Fixtures.temporaryDirectory("decisions")
        let decisions = directory.appendingPathComponent("decisions.csv")
        try """
            source,participant_id,student_id,decision
            \(accepted[0]),\(accepted[1]),\(accepted[2]),accept
            \(rejected[0]),\(rejected[1]),\(rejected[2]),reject

            """.write(to: decisions, atomically: true, encoding: .utf8)
        let pipeline = try "allowed_paths: [\(Fixtures.path("riverton")), \(Fixtures.templates)]\n"
            + String(contentsOfFile: DemoRun.pipeline, encoding: .utf8)
            .replacingOccurrences(of: "    reference: district_students\n", with: "    reference: district_students\n    decisions: \(decisions.path)\n")
            .replacingOccurrences(of: "../fixtures/", with: Fixtures.root.path + "/fixtures/")
            .replacingOccurrences(of: "../reports/", with: Fixtures.root.path + "/reports/")
        let file = directory.appendingPathComponent("riverton.yml")
        try pipeline.write(to: file, atomically: true, encoding: .utf8)
        let privateFolder = directory.appendingPathComponent("private")
        _ = try PipelineRunner(
            config: PipelineLoader.load(path: file.path),
            options: RunOptions(outputDirectory: directory.appendingPathComponent("card").path, privateDirectory: privateFolder.path)
        ).run()
        let after = try String(contentsOf: privateFolder.appendingPathComponent("crosswalk.csv"), encoding: .utf8)
            .split(separator: "\r\n").map(String.init)
        #expect(after.contains("\(accepted[0]),\(accepted[1]),\(accepted[2]),reviewer"))
        #expect(!after.contains { $0.hasPrefix("\(rejected[0]),\(rejected[1]),\(rejected[2]),") })
    }
}
