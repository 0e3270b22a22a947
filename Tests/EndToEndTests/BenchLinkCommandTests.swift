import BackboneTestSupport
import Foundation
import Testing

/// `backbone bench link` on hand-made data sets placed where it looks for them, Backbone only
/// (Splink and the generated rosters are measured by hand, never in tests).
@Suite struct BenchLinkCommandTests {
    /// A work folder holding FEBRL-shaped records and a 1x roster folder, so nothing is
    /// exported or generated.
    static func workFolder() throws -> URL {
        let work = try Fixtures.temporaryDirectory("bench-link")
        let files = [
            ("link/febrl/febrl4_a.csv", "febrl/febrl4_a.csv"), ("link/febrl/febrl4_b.csv", "febrl/febrl4_b.csv"),
            ("link/district.csv", "rosters-1x/district.csv"), ("link/cbo.csv", "rosters-1x/cbo.csv"),
            ("link-bench/truth.csv", "rosters-1x/truth.csv"),
        ]
        for (from, to) in files {
            let target = work.appendingPathComponent(to)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Fixtures.path(from), toPath: target.path)
        }
        return work
    }

    /// Rows of a CSV file without quoting (the fixtures and crosswalks here have none).
    static func rows(_ url: URL) throws -> [[Substring]] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    /// Precision, recall and F1 as the table prints them, counted here from the crosswalk.
    static func figures(correct: Int, links: Int, truePairs: Int) -> String {
        let (p, r) = (Double(correct) / Double(links), Double(correct) / Double(truePairs))
        return [p, r, 2 * p * r / (p + r)].map { String(format: "%.4f", $0) }.joined(separator: " | ")
    }

    @Test func scoresEachCrosswalkAndWritesTheTable() throws {
        let work = try Self.workFolder()
        let result = try BackboneBinary.run(["bench", "link", "--work", work.path, "--sizes", "1", "--skip-splink"])
        #expect(result.status == 0, "\(result.stderr)")

        let roster = work.appendingPathComponent("rosters-1x")
        let truth = Dictionary(uniqueKeysWithValues: try Self.rows(roster.appendingPathComponent("truth.csv")).map { ($0[0], $0[1]) })
        let rosterLinks = try Self.rows(roster.appendingPathComponent("backbone-crosswalk.csv"))
        let rosterCorrect = rosterLinks.filter { truth[$0[0]] == $0[1] }.count
        let rosterFigures = Self.figures(
            correct: rosterCorrect, links: rosterLinks.count, truePairs: truth.values.filter { !$0.isEmpty }.count)
        #expect(result.stdout.contains("| rosters 1x | 20 × 9 | Backbone 0.1.0 | \(rosterFigures) | "), "\(result.stdout)")

        let febrlLinks = try Self.rows(work.appendingPathComponent("febrl/backbone-crosswalk.csv"))
        let febrlCorrect = febrlLinks.filter { $0[0].split(separator: "-")[1] == $0[1].split(separator: "-")[1] }.count
        let febrlFigures = Self.figures(correct: febrlCorrect, links: febrlLinks.count, truePairs: 6)
        #expect(result.stdout.contains("| FEBRL4 | 6 × 6 | Backbone 0.1.0 | \(febrlFigures) | "), "\(result.stdout)")

        #expect(!result.stdout.contains("| Splink"))
        #expect(!result.stdout.contains("rec-") && !result.stdout.contains("S0") && !result.stdout.contains("C0"))
        let results = try String(contentsOf: work.appendingPathComponent("results.md"), encoding: .utf8)
        #expect(results.hasPrefix("# Linkage side by side\n") && results.hasSuffix(result.stdout))
        let crosswalk = roster.appendingPathComponent("backbone-crosswalk.csv").path
        #expect((try FileManager.default.attributesOfItem(atPath: crosswalk)[.posixPermissions] as? Int) == 0o600)
        #expect(result.stderr.contains("rosters 1x: Backbone 0.1.0: F1 "))
    }

    @Test func aPythonWithoutSplinkIsAnErrorSayingWhatToDo() throws {
        let work = try Self.workFolder()
        let result = try BackboneBinary.run(
            ["bench", "link", "--work", work.path, "--sizes", "1", "--python", "/nonexistent/python"])
        #expect(result.status == 2)
        #expect(result.stderr == "/nonexistent/python: error: expected a Python with Splink (it cannot be started): "
            + "set up the peers with ../shared/bench/setup-peers.sh .peers-venv, or give --python, or --skip-splink\n")
    }

    @Test func sizesMustBePositiveWholeNumbers() throws {
        let result = try BackboneBinary.run(["bench", "link", "--sizes", "1,x", "--skip-splink"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("expected --sizes as positive whole numbers separated by commas, found '1,x'"))
    }
}
