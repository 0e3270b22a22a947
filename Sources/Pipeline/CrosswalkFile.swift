import BackboneCore
import Extract

/// Reads crosswalks back: the one a run wrote to its private folder
/// (`source,participant_id,student_id,pass`), so a benchmark or an audit can measure from a
/// run's links without linking again, and the one `backbone link` writes
/// (`participant_id,student_id,pass,match_probability`), to score it.
public enum CrosswalkFile {
    static let columns = ["source", "participant_id", "student_id", "pass"]

    public static func read(_ path: String, display: String) throws -> Crosswalk {
        let reader = try CSVReader(source: openByteSource(path: path), file: display)
        let index = try CSVHeader.indexes(of: columns, in: reader.header, file: display) { column in
            "the crosswalk file needs a column '\(column)'; it has: \(reader.header.joined(separator: ", "))"
        }
        var crosswalk = Crosswalk()
        var problems: [Diagnostic] = []
        try reader.read(
            row: { row in
                crosswalk.add(
                    source: row.string(index[0]), personId: row.string(index[1]),
                    link: .init(studentId: row.string(index[2]), pass: row.string(index[3])))
            },
            malformed: { bad in problems.append(.error(bad.message, at: bad.location)) })
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return crosswalk
    }

    /// Participant id → student id. A participant linked twice breaks the one-to-one rule the
    /// scoring relies on, so it is an error at its line (the id itself is not printed).
    public static func links(_ path: String, display: String) throws -> [String: String] {
        var links: [String: String] = [:]
        var lines: [String: Int] = [:]
        for row in try BenchmarkCSV.rows(path, display: display, columns: ["participant_id", "student_id"]) {
            let (participant, student) = (row.values[0], row.values[1])
            guard !student.isEmpty else { continue }
            if let first = lines[participant] {
                throw Diagnostic.error(
                    "expected each participant at most once, found a participant linked again (first at line \(first))",
                    at: SourceLocation(file: display, line: row.line))
            }
            lines[participant] = row.line
            links[participant] = student
        }
        return links
    }
}
