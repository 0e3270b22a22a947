/// A pair between the review and link thresholds, for a person to decide: both records side
/// by side and each field's contribution to the weight. Record-level: private only.
public struct ReviewPair: Sendable {
    public struct Field: Sendable {
        public var field: String
        public var participant: String
        public var student: String
        /// The comparison level's label, or "missing".
        public var level: String
        public var contribution: Double
    }

    public var source: String
    public var participantId: String
    public var studentId: String
    public var weight: Double
    public var probability: Double
    public var fields: [Field]
}
