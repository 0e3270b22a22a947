/// `district/attendance_<year>.csv.gz`: yearly attendance summaries, one row per
/// enrollment row, gzipped as the district sends them.
final class AttendanceExport: LifeExport {
    private let files: [OutputFile]

    init(folder: String) throws {
        files = try RivertonYears.all.map { year in
            let file = try OutputFile(folder: folder, path: "district/attendance_\(year).csv.gz")
            file.header(["Student_Number", "School_ID", "School_Year", "Days_Enrolled", "Days_Present"])
            return file
        }
    }

    func add(_ life: StudentLife) {
        for row in life.enrollments where row.daysEnrolled > 0 {
            let file = files[row.year - RivertonYears.all.lowerBound]
            file.field(life.identity.studentNumber)
            file.field(row.school.code)
            file.field(row.year.longSchoolYear)
            file.field(row.daysEnrolled)
            file.field(row.daysPresent)
            file.endRow()
        }
    }

    func close() throws -> [WrittenFile] { try files.map { try $0.finish() } }
}
