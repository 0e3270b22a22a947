import BackboneCore
import Linkage

/// The text of the record-level linkage files (CRLF, RFC 4180 quoting): the crosswalk and the
/// clerical review queue. Both carry ids and names, so callers write them owner-only.
enum LinkageCSV {
    /// A pipeline run's crosswalk: every linked participant of each source, sources in the order
    /// given, participants by id.
    static func crosswalk(_ crosswalk: Crosswalk, sources: [String]) -> String {
        var text = "source,participant_id,student_id,pass\r\n"
        for source in sources {
            let links = crosswalk.links[source] ?? [:]
            for participant in links.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let link = links[participant]!
                text += CSVQuoting.row([source, participant, link.studentId, link.pass]) + "\r\n"
            }
        }
        return text
    }

    /// `backbone link`'s crosswalk: one source's linked participants in `participants` order (as
    /// read), with the match probability of probabilistic links (empty for the other passes).
    static func crosswalk(_ crosswalk: Crosswalk, source: String, participants: [String]) -> String {
        var text = "participant_id,student_id,pass,match_probability\r\n"
        let links = crosswalk.links[source] ?? [:]
        for participant in participants {
            guard let link = links[participant] else { continue }
            let probability = link.probability.map { NumberFormat.fixed($0, decimals: 4) } ?? ""
            text += CSVQuoting.row([participant, link.studentId, link.pass, probability]) + "\r\n"
        }
        return text
    }

    /// Each pair between the thresholds, one row per compared field: both records side by side
    /// with the field's level and its contribution to the match weight.
    static func reviewQueue(_ review: [ReviewPair]) -> String {
        var text = "source,participant_id,student_id,probability,weight,field,participant_value,student_value,level,contribution\r\n"
        for pair in review {
            for field in pair.fields {
                text += CSVQuoting.row([
                    pair.source, pair.participantId, pair.studentId, NumberFormat.fixed(pair.probability, decimals: 4),
                    NumberFormat.fixed(pair.weight, decimals: 3), field.field, field.participant, field.student, field.level,
                    NumberFormat.fixed(field.contribution, decimals: 3),
                ]) + "\r\n"
            }
        }
        return text
    }
}
