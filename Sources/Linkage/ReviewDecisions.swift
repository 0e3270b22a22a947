/// A reviewer's verdicts on pairs, read back on every run: an accepted pair is linked, a
/// rejected pair is never linked, whatever the model says.
public struct ReviewDecisions: Sendable {
    public enum Verdict: String, Sendable, CaseIterable {
        case accept
        case reject
    }

    /// Source → participant → the student a reviewer confirmed.
    public private(set) var accepted: [String: [String: String]] = [:]
    private var rejected: Set<String> = []

    public init() {}

    public mutating func record(_ verdict: Verdict, source: String, participant: String, student: String) {
        switch verdict {
        case .accept: accepted[source, default: [:]][participant] = student
        case .reject: rejected.insert(Self.key(source, participant, student))
        }
    }

    /// Whether any pair was rejected: when none was, pairs need not be looked up one by one.
    public var hasRejections: Bool { !rejected.isEmpty }

    public func isRejected(source: String, participant: String, student: String) -> Bool {
        rejected.contains(Self.key(source, participant, student))
    }

    private static func key(_ source: String, _ participant: String, _ student: String) -> String {
        "\(source)\u{1F}\(participant)\u{1F}\(student)"
    }
}
