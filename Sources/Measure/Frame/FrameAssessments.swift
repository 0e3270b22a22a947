import BackboneCore

/// Each student-year's result per subject the frame carries; a retest keeps the student's
/// best performance level.
struct FrameAssessments {
    /// The subjects with frame columns, by their canonical code.
    static let subjects = ["ela", "math", "kindergarten_readiness"]

    struct Results {
        var tested: [Bool]
        var level: [Int64]
        var levelValid: [Bool]
        var score: [Double]
        var scoreValid: [Bool]

        init(count: Int) {
            tested = [Bool](repeating: false, count: count)
            level = [Int64](repeating: 0, count: count)
            levelValid = tested
            score = [Double](repeating: 0, count: count)
            scoreValid = tested
        }
    }

    /// In the order of `subjects`.
    private(set) var results: [Results]

    init(_ tables: [Table], students: StudentIndex, rows: StudentYearSlots, rowCount: Int) {
        results = Self.subjects.map { _ in Results(count: rowCount) }
        for table in tables {
            guard let year = table.integers("school_year"), let subject = table.strings("subject") else { continue }
            let student = students.rowStudents(table)
            let subjectIndex = subject.dictionary.map { Self.subjects.firstIndex(of: $0) ?? -1 }
            let level = table.integers("performance_level"), score = table.decimals("scale_score")
            for row in 0..<table.rowCount where year.valid[row] && subject.codes[row] >= 0 {
                let s = subjectIndex[Int(subject.codes[row])]
                let r = rows.row(year: year.values[row], student: student[row])
                guard s >= 0, r >= 0 else { continue }
                let f = Int(r)
                let newLevel = level.flatMap { $0.valid[row] ? $0.values[row] : nil }
                let old = results[s]
                if old.tested[f], old.levelValid[f], (newLevel ?? .min) <= old.level[f] { continue }
                results[s].tested[f] = true
                results[s].level[f] = newLevel ?? 0
                results[s].levelValid[f] = newLevel != nil
                let newScore = score.flatMap { $0.valid[row] ? $0.values[row] : nil }
                results[s].score[f] = newScore ?? 0
                results[s].scoreValid[f] = newScore != nil
            }
        }
    }
}
