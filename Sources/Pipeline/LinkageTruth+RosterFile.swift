import BackboneCore

extension LinkageTruth {
    /// Reads the roster format's `truth.csv` (`cbo_id,student_id`, the student empty for a
    /// child with no district record). A participant listed twice is an error at its line.
    public static func rosterFile(_ path: String, display: String) throws -> LinkageTruth {
        var students: [String: String] = [:]
        var lines: [String: Int] = [:]
        for row in try BenchmarkCSV.rows(path, display: display, columns: ["cbo_id", "student_id"]) {
            let (participant, student) = (row.values[0], row.values[1])
            if let first = lines[participant] {
                throw Diagnostic.error(
                    "expected each participant once, found a participant listed again (first at line \(first))",
                    at: SourceLocation(file: display, line: row.line))
            }
            lines[participant] = row.line
            if !student.isEmpty { students[participant] = student }
        }
        return .students(students)
    }
}
