import BackboneCore
import Extract
import Linkage

/// Reads a reviewers' decisions file: `source,participant_id,student_id,decision` with
/// `accept` or `reject`, one pair per row (the review queue's first three columns).
enum ReviewDecisionsFile {
    static let columns = ["source", "participant_id", "student_id", "decision"]

    /// Every bad row is reported at its line; a missing column or file stops the run.
    static func read(_ path: String, display: String) throws -> ReviewDecisions {
        let reader = try CSVReader(source: openByteSource(path: path), file: display)
        let index = try CSVHeader.indexes(of: columns, in: reader.header, file: display) { column in
            "the decisions file needs a column '\(column)'; it has: \(reader.header.joined(separator: ", "))"
        }
        var decisions = ReviewDecisions()
        var problems: [Diagnostic] = []
        try reader.read(
            row: { row in
                let value = row.string(index[3]).trimmingSpaces.lowercased()
                guard let verdict = ReviewDecisions.Verdict(rawValue: value) else {
                    problems.append(.error(
                        "expected a decision 'accept' or 'reject', found '\(value.prefix(20))'",
                        at: SourceLocation(file: display, line: row.line)))
                    return
                }
                decisions.record(
                    verdict, source: row.string(index[0]), participant: row.string(index[1]), student: row.string(index[2]))
            },
            malformed: { bad in problems.append(.error(bad.message, at: bad.location)) })
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return decisions
    }
}
