/// Which frame row each student has in each school year: a dense array per year, so every
/// input row finds its frame row by two array reads.
struct StudentYearSlots: Sendable {
    let firstYear: Int
    let studentCount: Int
    /// Per year from `firstYear`: frame row (or, while enrollment is read, slot) per student, -1 for none.
    private var rows: [[Int32]]

    init(firstYear: Int, lastYear: Int, studentCount: Int) {
        self.firstYear = firstYear
        self.studentCount = studentCount
        rows = Array(repeating: [], count: max(0, lastYear - firstYear + 1))
    }

    var yearCount: Int { rows.count }

    /// -1 when the student has no row that year (or the year is outside the frame).
    func row(year: Int64, student: Int32) -> Int32 {
        let offset = Int(year) - firstYear
        guard student >= 0, offset >= 0, offset < rows.count, !rows[offset].isEmpty else { return -1 }
        return rows[offset][Int(student)]
    }

    func row(yearOffset: Int, student: Int) -> Int32 {
        rows[yearOffset].isEmpty ? -1 : rows[yearOffset][student]
    }

    mutating func set(year: Int64, student: Int32, _ value: Int32) {
        let offset = Int(year) - firstYear
        if rows[offset].isEmpty { rows[offset] = [Int32](repeating: -1, count: studentCount) }
        rows[offset][Int(student)] = value
    }

    mutating func set(yearOffset: Int, student: Int, _ value: Int32) {
        rows[yearOffset][student] = value
    }
}
