import BackboneCore
import Linkage

/// What linkage needs to compare schools: the district's school names (from the source the
/// link stage's `schools:` names) and each student's school code from the enrollment records.
enum SchoolSources {
    /// The directory of a `school` table; rows without a code or a name are skipped.
    static func directory(_ table: Table) -> SchoolDirectory {
        SchoolDirectory(schools: schools(table))
    }

    private static func schools(_ table: Table) -> [(code: String, name: String)] {
        (0..<table.rowCount).compactMap { row -> (code: String, name: String)? in
            guard case .string(let code) = table[row, "school_id"], case .string(let name) = table[row, "school_name"]
            else { return nil }
            return (code, name)
        }
    }

    /// School names by code from every `school` table, for the report card; the first name wins.
    static func names(_ tables: [Table]) -> [String: String] {
        var names: [String: String] = [:]
        for table in tables {
            for (code, name) in schools(table) where names[code] == nil { names[code] = name }
        }
        return names
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
