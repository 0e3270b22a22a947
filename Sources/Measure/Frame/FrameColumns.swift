import BackboneCore

/// The frame's columns as they are filled, stage by stage of the build.
struct FrameColumns {
    let rowCount: Int
    private(set) var columns: [Column] = []
    /// Kept from enrollment for the college outcomes: whether the year's last exit was a
    /// graduation, and its date.
    private var graduated: [Bool] = []
    private var exitDay: [Int32?] = []

    init(rowCount: Int) {
        self.rowCount = rowCount
    }

    private var allValid: [Bool] { [Bool](repeating: true, count: rowCount) }

    private mutating func add(_ name: String, _ type: FieldType, _ storage: Column.Storage) {
        columns.append(Column(name: name, type: type, storage: storage))
    }

    private mutating func add(_ name: String, _ type: FieldType, optional values: [Int64?]) {
        add(name, type, .integers(values.map { $0 ?? 0 }, valid: values.map { $0 != nil }))
    }

    private mutating func add(_ name: String, optional values: [Bool?]) {
        add(name, .boolean, .booleans(values.map { $0 ?? false }, valid: values.map { $0 != nil }))
    }

    mutating func addEnrollment(_ enrollment: FrameEnrollment, layout: FrameLayout) {
        var grade = [Int64](repeating: 0, count: rowCount)
        var school = [Int32](repeating: -1, count: rowCount)
        var exitReason = [Int32](repeating: -1, count: rowCount)
        var exitDate = [Int32](repeating: 0, count: rowCount), exitKnown = [Bool](repeating: false, count: rowCount)
        var schools = StringInterner(), reasons = StringInterner()
        let graduatedCode = reasons.code(of: "graduated")
        // Table by table, so the inner loops read plain local arrays (there is usually one table).
        for (t, table) in enrollment.tables.enumerated() {
            guard let grades = table.integers("grade"), let schoolColumn = table.strings("school_id") else { continue }
            let schoolCodes = schools.codes(of: schoolColumn.dictionary)
            let reasonColumn = table.strings("exit_reason")
            let reasonCodes = reasonColumn.map { reasons.codes(of: $0.dictionary) } ?? []
            let reasonRows = reasonColumn?.codes ?? [Int32](repeating: -1, count: table.rowCount)
            let exits = table.dates("exit_date")
            let exitDays = exits?.values ?? [], exitValid = exits?.valid ?? [Bool](repeating: false, count: table.rowCount)
            for row in 0..<rowCount {
                let slot = Int(layout.rowSlots[row])
                let chosen = enrollment.representative[slot]
                if Int(chosen.table) == t {
                    grade[row] = grades.values[Int(chosen.row)]
                    school[row] = schoolCodes[Int(schoolColumn.codes[Int(chosen.row)])]
                }
                let last = enrollment.lastExit[slot]
                guard Int(last.table) == t else { continue }
                let r = Int(last.row)
                if reasonRows[r] >= 0 { exitReason[row] = reasonCodes[Int(reasonRows[r])] }
                if exitValid[r] {
                    exitDate[row] = exitDays[r]
                    exitKnown[row] = true
                }
            }
        }
        graduated = exitReason.map { $0 == graduatedCode }
        exitDay = zip(exitDate, exitKnown).map { $1 ? $0 : nil }
        add("school_year", .schoolYear, .integers(layout.rowYears, valid: allValid))
        add("grade", .grade, .integers(grade, valid: allValid))
        add("school_id", .string, .strings(codes: school, dictionary: schools.dictionary))
        for (bit, field) in FrameEnrollment.flagFields.enumerated() {
            let values = layout.rowSlots.map { enrollment.flags[Int($0)] & (1 << bit) != 0 }
            add(field, .boolean, .booleans(values, valid: allValid))
        }
        add("graduated", .boolean, .booleans(graduated, valid: allValid))
        add("exit_reason", .code(.exitReason), .strings(codes: exitReason, dictionary: reasons.dictionary))
    }

    mutating func addDemographics(_ demographics: FrameDemographics, rowStudents: [Int32]) {
        add("sex", .code(.sex), .strings(
            codes: rowStudents.map { demographics.sex[Int($0)] }, dictionary: demographics.sexNames.dictionary))
        add("race_ethnicity", .code(.raceEthnicity), .strings(
            codes: rowStudents.map { demographics.race[Int($0)] }, dictionary: demographics.raceNames.dictionary))
    }

    mutating func addAttendance(_ attendance: FrameAttendance) {
        add("days_enrolled", .integer, .integers(attendance.enrolled, valid: attendance.enrolledValid))
        add("days_present", .integer, optional: (0..<rowCount).map { attendance.daysPresent($0) })
        add("days_absent", .integer, optional: (0..<rowCount).map { attendance.daysAbsent($0) })
    }

    mutating func addAssessments(_ tests: FrameAssessments) {
        for (subject, results) in zip(FrameAssessments.subjects, tests.results) {
            add("\(subject)_level", .integer, .integers(results.level, valid: results.levelValid))
            if subject != "kindergarten_readiness" {
                add("\(subject)_score", .decimal, .decimals(results.score, valid: results.scoreValid))
            }
        }
    }

    mutating func addCohort(_ layout: FrameLayout) {
        add("cohort_year", .integer, optional: layout.rowStudents.map { layout.studentCohort[Int($0)] })
    }

    mutating func addCollege(_ college: FrameCollege, layout: FrameLayout) {
        var fall = [Bool?](repeating: nil, count: rowCount), withinYear = fall
        for row in 0..<rowCount where graduated[row] {
            guard let day = exitDay[row],
                let outcome = college.outcome(
                    student: Int(layout.rowStudents[row]), graduation: day, schoolYear: layout.rowYears[row])
            else { continue }
            fall[row] = outcome.fall
            withinYear[row] = outcome.withinYear
        }
        add("postsecondary_fall", optional: fall)
        add("postsecondary_within_year", optional: withinYear)
    }

    /// Each organization's hours, their total (summed in the organizations' order, so the
    /// rounding never varies) and whether there were any.
    mutating func addHours(_ hours: FrameProgramHours, partners: [String]) {
        var total = [Double](repeating: 0, count: rowCount)
        for partnerHours in hours.hours {
            for row in 0..<rowCount { total[row] += partnerHours[row] }
        }
        add("participant", .boolean, .booleans(total.map { $0 > 0 }, valid: allValid))
        add("program_hours", .decimal, .decimals(total, valid: allValid))
        for (partner, partnerHours) in zip(partners, hours.hours) {
            add(StudentYearFrame.hoursColumn(partner), .decimal, .decimals(partnerHours, valid: allValid))
        }
    }

    mutating func addNextYear(_ layout: FrameLayout) {
        add("next_school_year", .schoolYear, optional: layout.nextYear)
    }
}
