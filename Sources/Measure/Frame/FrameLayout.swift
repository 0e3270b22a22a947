/// The frame's row order, by school year and then student number, and what each row is.
struct FrameLayout {
    /// Frame row per (year, student).
    private(set) var rows: StudentYearSlots
    private(set) var rowSlots: [Int32] = []
    private(set) var rowStudents: [Int32] = []
    private(set) var rowYears: [Int64] = []
    /// Each student's cohort year: the first one their enrollment gives, in school-year order.
    private(set) var studentCohort: [Int64?]
    /// The school year of each row's student's next row, if any.
    private(set) var nextYear: [Int64?] = []

    init(_ enrollment: FrameEnrollment, studentCount: Int) {
        let slots = enrollment.slots
        rows = slots
        studentCohort = [Int64?](repeating: nil, count: studentCount)
        rowSlots.reserveCapacity(enrollment.slotCount)
        for yearOffset in 0..<slots.yearCount {
            for student in 0..<studentCount {
                let slot = slots.row(yearOffset: yearOffset, student: student)
                guard slot >= 0 else { continue }
                rows.set(yearOffset: yearOffset, student: student, Int32(rowSlots.count))
                rowSlots.append(slot)
                rowStudents.append(Int32(student))
                rowYears.append(Int64(slots.firstYear + yearOffset))
                if studentCohort[student] == nil, enrollment.cohortValid[Int(slot)] {
                    studentCohort[student] = enrollment.cohort[Int(slot)]
                }
            }
        }
        nextYear = [Int64?](repeating: nil, count: rowSlots.count)
        var following = [Int64?](repeating: nil, count: studentCount)
        for row in rowSlots.indices.reversed() {
            let student = Int(rowStudents[row])
            nextYear[row] = following[student]
            following[student] = rowYears[row]
        }
    }

    var rowCount: Int { rowSlots.count }
}
