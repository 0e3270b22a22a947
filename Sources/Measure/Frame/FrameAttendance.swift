import BackboneCore

/// Days enrolled, present and absent per student-year, summed over the year's attendance
/// rows; a sum is missing only when every row left it empty.
struct FrameAttendance {
    /// Enrolled, present and absent days, in that order.
    private(set) var days: [[Int64]]
    private(set) var valid: [[Bool]]
    static let fields = ["days_enrolled", "days_present", "days_absent"]

    init(_ tables: [Table], students: StudentIndex, rows: StudentYearSlots, rowCount: Int) {
        days = Self.fields.map { _ in [Int64](repeating: 0, count: rowCount) }
        valid = Self.fields.map { _ in [Bool](repeating: false, count: rowCount) }
        for table in tables {
            guard let year = table.integers("school_year") else { continue }
            let student = students.rowStudents(table)
            let frameRow = (0..<table.rowCount).map { row in
                year.valid[row] ? rows.row(year: year.values[row], student: student[row]) : -1
            }
            for (field, name) in Self.fields.enumerated() {
                guard let column = table.integers(name) else { continue }
                for row in 0..<table.rowCount where frameRow[row] >= 0 && column.valid[row] {
                    days[field][Int(frameRow[row])] += column.values[row]
                    valid[field][Int(frameRow[row])] = true
                }
            }
        }
    }

    var enrolled: [Int64] { days[0] }
    var enrolledValid: [Bool] { valid[0] }

    /// Present days, or enrolled minus absent when only absences were sent.
    func daysPresent(_ row: Int) -> Int64? {
        if valid[1][row] { return days[1][row] }
        return valid[2][row] && valid[0][row] ? days[0][row] - days[2][row] : nil
    }

    /// Absent days, or enrolled minus present when only presence was sent.
    func daysAbsent(_ row: Int) -> Int64? {
        if valid[2][row] { return days[2][row] }
        return valid[1][row] && valid[0][row] ? days[0][row] - days[1][row] : nil
    }
}
