import BackboneCore

/// Each student-year's enrollment: the row that gives grade and school (the one covering the
/// October 1 count date, else the latest entry), the row whose exit stands (the latest
/// entry), the group flags of any row that year, and the first cohort year given.
///
/// Ties go to the row read first, so the result depends only on the inputs and their order.
struct FrameEnrollment {
    /// A chosen row: which enrollment table, which row.
    struct RowRef {
        var table: Int32
        var row: Int32
    }

    static let flagFields = ["economically_disadvantaged", "english_learner", "disability", "homeless", "foster"]

    let tables: [Table]
    /// Student-years seen; the arrays below are per slot, in the order they were first seen.
    private(set) var slotCount = 0
    private(set) var representative: [RowRef] = []
    private(set) var lastExit: [RowRef] = []
    private(set) var flags: [UInt8] = []
    private(set) var cohort: [Int64] = []
    private(set) var cohortValid: [Bool] = []
    /// The slot of each (year, student).
    private(set) var slots: StudentYearSlots
    /// Entry day (Int32.min when unknown) and count-date coverage of each slot's chosen rows.
    private var representativeEntry: [Int32] = []
    private var representativeCovers: [Bool] = []
    private var lastEntry: [Int32] = []

    init(_ tables: [Table], students: StudentIndex) {
        self.tables = tables
        var first = Int64.max, last = Int64.min
        for table in tables {
            guard let year = table.integers("school_year") else { continue }
            for row in year.values.indices where year.valid[row] {
                first = min(first, year.values[row])
                last = max(last, year.values[row])
            }
        }
        slots = first <= last
            ? StudentYearSlots(firstYear: Int(first), lastYear: Int(last), studentCount: students.count)
            : StudentYearSlots(firstYear: 0, lastYear: -1, studentCount: students.count)
        for (index, table) in tables.enumerated() { read(table, index: Int32(index), students: students) }
    }

    private mutating func read(_ table: Table, index: Int32, students: StudentIndex) {
        guard let year = table.integers("school_year"), let grade = table.integers("grade"),
            let school = table.strings("school_id")
        else { return }
        let n = table.rowCount
        let student = students.rowStudents(table)
        let entry = Self.days(table.dates("entry_date"), missing: .min, count: n)
        let exit = Self.days(table.dates("exit_date"), missing: .max, count: n)
        let cohortYear = table.integers("cohort_year")
        let cohortValues = cohortYear?.values ?? [], rowHasCohort = cohortYear?.valid ?? [Bool](repeating: false, count: n)
        var rowFlags = [UInt8](repeating: 0, count: n)
        for (bit, field) in Self.flagFields.enumerated() {
            guard let column = table.booleans(field) else { continue }
            for row in 0..<n where column.valid[row] && column.values[row] { rowFlags[row] |= 1 << bit }
        }
        let countDates = (0..<slots.yearCount).map { offset in
            CalendarDate.dayNumber(
                year: slots.firstYear + offset - 1, month: StudentYearFrame.countDate.month,
                day: StudentYearFrame.countDate.day)!
        }
        for row in 0..<n {
            guard student[row] >= 0, year.valid[row], grade.valid[row], school.codes[row] >= 0 else { continue }
            let y = year.values[row]
            let countDate = countDates[Int(y) - slots.firstYear]
            let rowEntry = entry[row]
            let rowCovers = rowEntry <= countDate && exit[row] >= countDate
            let ref = RowRef(table: index, row: Int32(row))
            let slot = slots.row(year: y, student: student[row])
            guard slot >= 0 else {
                slots.set(year: y, student: student[row], Int32(slotCount))
                slotCount += 1
                representative.append(ref)
                lastExit.append(ref)
                flags.append(rowFlags[row])
                cohort.append(rowHasCohort[row] ? cohortValues[row] : 0)
                cohortValid.append(rowHasCohort[row])
                representativeEntry.append(rowEntry)
                representativeCovers.append(rowCovers)
                lastEntry.append(rowEntry)
                continue
            }
            let s = Int(slot)
            flags[s] |= rowFlags[row]
            if (rowCovers && !representativeCovers[s])
                || (rowCovers == representativeCovers[s] && rowEntry > representativeEntry[s]) {
                representative[s] = ref
                representativeEntry[s] = rowEntry
                representativeCovers[s] = rowCovers
            }
            if rowEntry > lastEntry[s] {
                lastExit[s] = ref
                lastEntry[s] = rowEntry
            }
            if !cohortValid[s], rowHasCohort[row] {
                cohort[s] = cohortValues[row]
                cohortValid[s] = true
            }
        }
    }

    /// A date column's day numbers, `missing` where a date is empty (or the column absent).
    private static func days(_ column: (values: [Int32], valid: [Bool])?, missing: Int32, count: Int) -> [Int32] {
        guard let column else { return [Int32](repeating: missing, count: count) }
        return zip(column.values, column.valid).map { $1 ? $0 : missing }
    }
}
