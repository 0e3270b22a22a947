/// The probabilistic pass's settings, declared under `stages.link` in the pipeline file.
public struct ProbabilisticLinkSettings: Sendable {
    /// Blocking rules whose union proposes the candidate pairs.
    public var blocking: [BlockingRule]
    /// Blocking rules of EM's training sessions, one session each (see `ProbabilisticLinker`).
    public var training: [BlockingRule]
    /// Pairs compared at most per training session; past it the session uses those found so far.
    public var maxTrainingPairs: Int
    /// A best candidate at or above this match probability is linked.
    public var linkThreshold: Double
    /// A best candidate at or above this (and below `linkThreshold`) goes to clerical review.
    public var reviewThreshold: Double
    /// The share of participants expected to have a district record: EM's starting prior.
    public var expectedMatchShare: Double
    /// Candidate pairs compared at most per source; past it blocking stops and warns.
    public var maxCandidatePairs: Int
    /// A blocking key shared by more students than this is skipped (see `CandidatePairs`).
    public var maxBlockSize: Int
    /// Random pairs compared to estimate u.
    public var randomPairs: Int
    public var seed: UInt64

    public init(
        blocking: [BlockingRule] = ProbabilisticLinkSettings.defaultBlocking,
        training: [BlockingRule] = [.birthDate, .givenNameSurname], maxTrainingPairs: Int = 3_000_000, linkThreshold: Double = 0.95, reviewThreshold: Double = 0.5,
        expectedMatchShare: Double = 0.8, maxCandidatePairs: Int = 50_000_000, maxBlockSize: Int = 150, randomPairs: Int = 200_000, seed: UInt64 = 1
    ) {
        self.blocking = blocking
        self.training = training
        self.maxTrainingPairs = maxTrainingPairs
        self.linkThreshold = linkThreshold
        self.reviewThreshold = reviewThreshold
        self.expectedMatchShare = expectedMatchShare
        self.maxCandidatePairs = maxCandidatePairs
        self.maxBlockSize = maxBlockSize
        self.randomPairs = randomPairs
        self.seed = seed
    }

    /// Rules whose buckets stay small as a community grows (unlike a given-name prefix and ZIP).
    public static let defaultBlocking: [BlockingRule] = [
        .stateId, .birthDate, .givenNameSurname, .surnameZipWithoutBirthDate, .surnameSoundexBirthYear,
        .surnameSoundexGivenInitialWithoutBirthDate,
    ]
}
