import BackboneCore
import Linkage

/// What linkage needs to compare schools: the district's school names (from the source the
/// link stage's `schools:` names) and each student's school code from the enrollment records.
enum SchoolSources {
    /// The directory of a `school` table; rows without a code or a name are skipped.
    static func directory(_ table: Table) -> SchoolDirectory {
        let schools = (0..<table.rowCount).compactMap { row -> (code: String, name: String)? in
            guard case .string(let code) = table[row, "school_id"], case .string(let name) = table[row, "school_name"]
            else { return nil }
            return (code, name)
        }
        return SchoolDirectory(schools: schools)
    }

    /// Each student's school in the latest school year enrolled (the latest entry within it;
    /// a later table wins a tie), from every enrollment table.
    static func latestSchool(_ enrollments: [Table]) -> [String: String] {
        var latest: [String: (year: Int64, entry: Int32, school: String)] = [:]
        for table in enrollments {
            for row in 0..<table.rowCount {
                guard case .string(let person) = table[row, "person_id"], case .string(let school) = table[row, "school_id"],
                    case .integer(let year) = table[row, "school_year"]
                else { continue }
                var entry = Int32.min
                if case .date(let day) = table[row, "entry_date"] { entry = day }
                if let current = latest[person], (current.year, current.entry) > (year, entry) { continue }
                latest[person] = (year, entry, school)
            }
        }
        return latest.mapValues(\.school)
    }
}
