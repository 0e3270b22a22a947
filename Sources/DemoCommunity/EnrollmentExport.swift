/// `district/enrollment.csv`: one row per student per school per year, with the year's
/// program flags; a mid-year move gives two rows.
final class EnrollmentExport: LifeExport {
    private let file: OutputFile

    init(folder: String) throws {
        file = try OutputFile(folder: folder, path: "district/enrollment.csv")
        file.header([
            "Student_Number", "School_ID", "School_Year", "Grade_Level", "Entry_Date", "Exit_Date", "Exit_Code",
            "Cohort_Year", "FRL_Status", "ELL_Status", "IEP_Status", "Homeless", "Foster",
        ])
    }

    func add(_ life: StudentLife) {
        for row in life.enrollments {
            file.field(life.identity.studentNumber)
            file.field(row.school.code)
            file.field(row.year.longSchoolYear)
            file.field(row.grade)
            file.field(date: row.entry, .monthDayYear)
            file.field(date: row.exit, .monthDayYear)
            file.field(row.exitCode.rawValue)
            if let cohort = row.cohortYear { file.field(cohort) } else { file.emptyField() }
            file.field(String(row.lunch))
            file.field(flag: row.englishLearner)
            file.field(flag: row.disability)
            file.field(flag: row.homeless)
            file.field(flag: row.foster)
            file.endRow()
        }
    }

    func close() throws -> [WrittenFile] { [try file.finish()] }
}
