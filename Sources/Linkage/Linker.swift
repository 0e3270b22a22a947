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
/// `schools` reads partners' school names as district codes; `studentSchools` gives each
/// student's school code (person id → code) where the roster itself has none.
public enum Linker {
    public static func link(
        reference: Table, others: [(source: String, table: Table)], settings: ProbabilisticLinkSettings = .init(),
        decisions: ReviewDecisions = ReviewDecisions(), schools: SchoolDirectory? = nil, studentSchools: [String: String] = [:]
    ) throws -> LinkResult {
        let standardizer = PersonStandardizer(nicknames: try NicknameTable.bundled(), schools: schools)
        let students = standardizer.standardize(reference, schoolOf: studentSchools)
        let participants = others.map { (source: $0.source, people: standardizer.standardize($0.table)) }
        let (exact, exactSummaries) = ExactLinker.link(students: students, others: participants)
        var (crosswalk, summaries) = apply(decisions, to: exact, summaries: exactSummaries, sources: others.map(\.source))
        let probabilistic = ProbabilisticLinker(students: students, settings: settings)
        var review: [ReviewPair] = []
        for (i, other) in participants.enumerated() {
            let everyone = other.people
            let remaining = everyone.indices.filter { crosswalk.student(source: other.source, personId: everyone[$0].id) == nil }
            let outcome = probabilistic.link(
                remaining, of: everyone, source: other.source, decisions: decisions, summary: &summaries[i])
            for link in outcome.links {
                crosswalk.add(
                    source: other.source, personId: link.participant,
                    link: .init(studentId: link.student, pass: LinkPass.fellegiSunter.rawValue, probability: link.probability))
            }
            review += outcome.review
        }
        return LinkResult(crosswalk: crosswalk, summaries: summaries, review: review)
    }

    /// Reviewers' verdicts override the exact passes: accepted pairs link (pass `reviewer`),
    /// rejected pairs are unlinked.
    private static func apply(
        _ decisions: ReviewDecisions, to exact: Crosswalk, summaries: [LinkSummary], sources: [String]
    ) -> (Crosswalk, [LinkSummary]) {
        var crosswalk = Crosswalk()
        var summaries = summaries
        for (i, source) in sources.enumerated() {
            let accepted = decisions.accepted[source] ?? [:]
            for (participant, link) in exact.links[source] ?? [:] where accepted[participant] == nil {
                guard let pass = LinkPass(rawValue: link.pass) else { continue }
                if decisions.isRejected(source: source, participant: participant, student: link.studentId) {
                    summaries[i].linkedByPass[pass, default: 0] -= 1
                    continue
                }
                crosswalk.add(source: source, personId: participant, link: link)
            }
            for (participant, student) in accepted {
                if let previous = exact.links[source]?[participant], let pass = LinkPass(rawValue: previous.pass),
                    !decisions.isRejected(source: source, participant: participant, student: previous.studentId) {
                    summaries[i].linkedByPass[pass, default: 0] -= 1
                }
                crosswalk.add(source: source, personId: participant, link: .init(studentId: student, pass: LinkPass.reviewer.rawValue))
                summaries[i].linkedByPass[.reviewer, default: 0] += 1
            }
        }
        return (crosswalk, summaries)
    }
}
