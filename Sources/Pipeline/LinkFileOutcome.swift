import BackboneCore
import Extract
import Linkage

/// What `LinkFileRunner` read and linked.
public struct LinkFileOutcome: Sendable {
    public let students: ExtractedSource
    public let participants: ExtractedSource
    public let result: LinkResult
    /// Reading both rosters and linking them, not writing.
    public let seconds: Double

    /// The participants' counts: one source was linked.
    public var summary: LinkSummary { result.summaries[0] }

    /// Each distinct participant id in the order first read: the crosswalk's row order.
    public var participantIds: [String] {
        guard case .strings(let codes, let dictionary)? = participants.table.column("person_id")?.storage else { return [] }
        var seen = [Bool](repeating: false, count: dictionary.count)
        var ids: [String] = []
        for code in codes where code >= 0 && !seen[Int(code)] {
            seen[Int(code)] = true
            ids.append(dictionary[Int(code)])
        }
        return ids
    }
}
