import BackboneCore

/// Each student-year's community-program hours per organization, following the crosswalk
/// from the organization's participant ids to district students.
struct FrameProgramHours {
    /// In the order of the pipeline's organizations; summed in the order rows were read.
    private(set) var hours: [[Double]]

    init(_ inputs: MeasureInputs, students: StudentIndex, rows: StudentYearSlots, rowCount: Int) {
        hours = inputs.programPartners.map { _ in [Double](repeating: 0, count: rowCount) }
        for program in inputs.programs {
            guard let partner = inputs.programPartners.firstIndex(of: program.partner),
                let participants = program.table.strings("person_id"), let hoursColumn = program.table.decimals("hours")
            else { continue }
            let table = program.table
            let student = Self.linkedStudents(
                participants.dictionary, sources: program.personSources, crosswalk: inputs.crosswalk, students: students)
            let year = table.integers("school_year"), start = table.dates("start_date")
            for row in 0..<table.rowCount where participants.codes[row] >= 0 && hoursColumn.valid[row] {
                let schoolYear: Int64
                if let year, year.valid[row] {
                    schoolYear = year.values[row]
                } else if let start, start.valid[row] {
                    schoolYear = Int64(CalendarDate.schoolYear(of: start.values[row]))
                } else {
                    continue
                }
                let r = rows.row(year: schoolYear, student: student[Int(participants.codes[row])])
                if r >= 0 { hours[partner][Int(r)] += hoursColumn.values[row] }
            }
        }
    }

    /// The district student number each participant id is linked to (-1 for none), through
    /// the first of the organization's person sources that links it; in parallel chunks.
    private static func linkedStudents(
        _ participants: [String], sources: [String], crosswalk: Crosswalk, students: StudentIndex
    ) -> [Int32] {
        let chunk = 1_024
        let parts = Parallel.map((participants.count + chunk - 1) / chunk) { part in
            participants[part * chunk..<min(participants.count, (part + 1) * chunk)].map { participant -> Int32 in
                let linked = sources.lazy.compactMap { crosswalk.student(source: $0, personId: participant) }.first
                return linked.flatMap { students.number(of: $0) } ?? -1
            }
        }
        return Array(parts.joined())
    }
}
