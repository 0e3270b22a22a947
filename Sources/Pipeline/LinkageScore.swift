/// How well a crosswalk matches the truth, scored as the linkage benchmarks score it
/// (`../shared/bench/README.md`): each participant links to at most one student; precision is
/// correct links over links made, recall correct links over participants who have a student.
public struct LinkageScore: Sendable, Equatable {
    public var links: Int
    public var correct: Int
    /// Participants who truly have a student: what recall is out of.
    public var truePairs: Int

    public init(links: Int, correct: Int, truePairs: Int) {
        self.links = links
        self.correct = correct
        self.truePairs = truePairs
    }

    /// Scores `links` (participant id → student id, one student each) against `truth`.
    public init(links: [String: String], truth: LinkageTruth) {
        self.init(
            links: links.count, correct: links.filter { truth.isCorrect(participant: $0.key, student: $0.value) }.count,
            truePairs: truth.truePairs)
    }

    public var precision: Double { links > 0 ? Double(correct) / Double(links) : 0 }
    public var recall: Double { truePairs > 0 ? Double(correct) / Double(truePairs) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    public var accuracy: LinkageAccuracy { LinkageAccuracy(precision: precision, recall: recall, f1: f1) }
}

/// Precision, recall and F1 as a benchmark reports them, whoever computed them.
public struct LinkageAccuracy: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }
}
