import BackboneCore

/// What the National Student Clearinghouse returned per student: whether the graduate was
/// returned at all, and the days each college enrollment began.
struct FrameCollege {
    private(set) var returned: [Bool]
    private(set) var starts: [[Int32]]

    init(_ tables: [Table], students: StudentIndex) {
        returned = [Bool](repeating: false, count: students.count)
        starts = [[Int32]](repeating: [], count: students.count)
        for table in tables {
            let student = students.rowStudents(table)
            let begin = table.dates("enrollment_begin")
            for row in 0..<table.rowCount where student[row] >= 0 {
                let s = Int(student[row])
                returned[s] = true
                if let begin, begin.valid[row] { starts[s].append(begin.values[row]) }
            }
        }
    }

    /// Enrolled by October 31 after graduating, and within 12 months of it; nil for a
    /// graduate the Clearinghouse did not return.
    func outcome(student: Int, graduation: Int32, schoolYear: Int64) -> (fall: Bool, withinYear: Bool)? {
        guard returned[student] else { return nil }
        let fallEnd = CalendarDate.dayNumber(year: Int(schoolYear), month: 10, day: 31)!
        let starts = starts[student]
        return (
            starts.contains { $0 >= graduation && $0 <= fallEnd },
            starts.contains { $0 >= graduation && $0 <= graduation + 365 }
        )
    }
}
