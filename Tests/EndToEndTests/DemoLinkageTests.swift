import BackboneTestSupport
import Foundation
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

    @Test func theReviewQueueIsPrivateAndExplainsEachField() throws {
        let outcome = try DemoRun.get()
        let path = outcome.privateFolder.appendingPathComponent("review-queue.csv").path
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "source,participant_id,student_id,probability,weight,field,participant_value,student_value,level,contribution")
        #expect(lines.count > 1)
        let reviewed = outcome.result.linkSummaries.reduce(0) { $0 + $1.forReview }
        #expect((lines.count - 1) == reviewed * 6)
    }
}
