import BackboneCore

/// What linkage hands on: the crosswalk, counts per organization, and the pairs a person must review.
public struct LinkResult: Sendable {
    public var crosswalk: Crosswalk
    /// One per linked source, in the order given.
    public var summaries: [LinkSummary]
    /// In source order, then participant order.
    public var review: [ReviewPair]
}

/// Links every organization's participants to district students: the exact passes first,
/// then the probabilistic pass over those they left. Each participant links to at most one student.
public enum Linker {
    public static func link(
        reference: Table, others: [(source: String, table: Table)], settings: ProbabilisticLinkSettings = .init()
    ) throws -> LinkResult {
        var (crosswalk, summaries) = ExactLinker.link(reference: reference, others: others)
        let standardizer = PersonStandardizer(nicknames: try NicknameTable.bundled())
        let probabilistic = ProbabilisticLinker(students: standardizer.standardize(reference), settings: settings)
        var review: [ReviewPair] = []
        for (i, other) in others.enumerated() {
            let remaining = standardizer.standardize(other.table).filter {
                crosswalk.student(source: other.source, personId: $0.id) == nil
            }
            let outcome = probabilistic.link(remaining, source: other.source, summary: &summaries[i])
            for link in outcome.links {
                crosswalk.add(
                    source: other.source, personId: link.participant,
                    link: .init(studentId: link.student, pass: LinkPass.fellegiSunter.rawValue))
            }
            review += outcome.review
        }
        return LinkResult(crosswalk: crosswalk, summaries: summaries, review: review)
    }
}
