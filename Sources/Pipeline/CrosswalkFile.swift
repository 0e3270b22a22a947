import BackboneCore

/// Reads back the crosswalk `backbone link` writes (`participant_id,student_id,pass,
/// match_probability`), to score it.
public enum CrosswalkFile {
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
