import BackboneCore
import BackboneTestSupport
import Pipeline
import Testing

/// Scoring a crosswalk as the linkage benchmarks do, on the hand-made files in `fixtures/link-bench/`.
@Suite struct LinkageScoreTests {
    static func links(_ name: String) throws -> [String: String] {
        try CrosswalkFile.links(Fixtures.path("link-bench/" + name), display: name)
    }

    static func rosterTruth() throws -> LinkageTruth {
        try LinkageTruth.rosterFile(Fixtures.path("link-bench/truth.csv"), display: "truth.csv")
    }

    /// A wrong student and a link for a child with no district record both count against
    /// precision; recall is out of the participants who have a student.
    @Test func rosterCrosswalkAgainstItsTruth() throws {
        let score = LinkageScore(links: try Self.links("crosswalk.csv"), truth: try Self.rosterTruth())
        #expect(score == LinkageScore(links: 5, correct: 3, truePairs: 8))
        #expect(score.precision == 0.6)
        #expect(score.recall == 0.375)
        #expect(abs(score.f1 - 0.461_538) < 1e-6)
    }

    @Test func febrlLinksAreCorrectWhenTheRecordNumbersAgree() throws {
        let score = LinkageScore(
            links: try Self.links("febrl-crosswalk.csv"), truth: .febrlRecordNumbers(participants: 4))
        #expect(score == LinkageScore(links: 3, correct: 2, truePairs: 4))
        #expect(score.recall == 0.5)
    }

    @Test func idsNotShapedLikeFebrlsNeverMatch() {
        let truth = LinkageTruth.febrlRecordNumbers(participants: 2)
        #expect(truth.isCorrect(participant: "rec-7-dup-0", student: "rec-7-org"))
        #expect(!truth.isCorrect(participant: "rec-7-dup-0", student: "rec-70-org"))
        #expect(!truth.isCorrect(participant: "x", student: "y"))
        #expect(!truth.isCorrect(participant: "", student: ""))
    }

    @Test func noLinksScoreZeroWithoutDividingByZero() throws {
        let score = LinkageScore(links: [:], truth: try Self.rosterTruth())
        #expect(score.precision == 0 && score.recall == 0 && score.f1 == 0)
    }

    /// One-to-one is what the scoring assumes: a participant linked twice stops it, at the
    /// second line, without printing the id.
    @Test func aParticipantLinkedTwiceIsAnErrorAtItsLine() throws {
        let error = #expect(throws: Diagnostic.self) { try Self.links("crosswalk-twice.csv") }
        #expect(error?.description == "crosswalk-twice.csv:4: error: expected each participant at most once, "
            + "found a participant linked again (first at line 2)")
        #expect(error?.description.contains("C01") == false)
    }

    @Test func aTruthFileWithoutItsColumnsIsAnError() throws {
        let error = #expect(throws: Diagnostic.self) {
            try LinkageTruth.rosterFile(Fixtures.path("link-bench/crosswalk.csv"), display: "crosswalk.csv")
        }
        #expect(error?.description == "crosswalk.csv:1: error: expected a column 'cbo_id'; the header has: "
            + "participant_id, student_id, pass, match_probability")
    }
}
