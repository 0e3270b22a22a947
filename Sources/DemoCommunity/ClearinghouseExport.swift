import BackboneCore

/// `nsc/studenttracker_return.csv`: the National Student Clearinghouse StudentTracker for
/// High Schools detail return for Riverton's graduates of 2022–2025: one row per
/// enrollment span or degree, and one row with RECORD_FOUND_Y/N = N for a graduate the
/// Clearinghouse found nowhere.
final class ClearinghouseExport: LifeExport {
    private let file: OutputFile
    static let highSchoolCode = "365120"
    static let lastGraduationYear = 2025

    init(folder: String) throws {
        file = try OutputFile(folder: folder, path: "nsc/studenttracker_return.csv")
        file.header([
            "YOUR_UNIQUE_IDENTIFIER", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "NAME_SUFFIX", "REQUESTER_RETURN_FIELD",
            "RECORD_FOUND_Y/N", "HIGH_SCHOOL_CODE", "HIGH_SCHOOL_GRAD_DATE", "COLLEGE_CODE/BRANCH", "COLLEGE_NAME",
            "COLLEGE_STATE", "2-YEAR/4-YEAR", "PUBLIC/PRIVATE", "ENROLLMENT_BEGIN", "ENROLLMENT_END", "ENROLLMENT_STATUS",
            "GRADUATED", "GRADUATION_DATE", "DEGREE_TITLE", "MAJOR", "COLLEGE_SEQUENCE", "PROGRAM_CODE",
        ])
    }

    func add(_ life: StudentLife) {
        guard let graduated = life.graduationDate,
              CalendarDate.civil(graduated).year <= ClearinghouseExport.lastGraduationYear else { return }
        guard !life.college.isEmpty else {
            person(life, found: false, graduated: graduated)
            for _ in 0..<14 { file.emptyField() }
            file.endRow()
            return
        }
        for record in life.college {
            person(life, found: true, graduated: graduated)
            file.field(record.college.code)
            file.field(record.college.name)
            file.field(record.college.state)
            file.field(record.college.level)
            file.field(record.college.control)
            switch record.kind {
            case .enrollment(let begin, let end, let status):
                file.field(date: begin, .compact)
                file.field(date: end, .compact)
                file.field(String(status))
                file.field("N" as StaticString)
                file.emptyField(); file.emptyField(); file.emptyField()
            case .degree(let date, let title, let major):
                file.emptyField(); file.emptyField(); file.emptyField()
                file.field("Y" as StaticString)
                file.field(date: date, .compact)
                file.field(title)
                file.field(major)
            }
            file.field(record.sequence)
            file.emptyField()
            file.endRow()
        }
    }

    /// The columns NSC echoes from the request: identifier, names as submitted (upper case), found flag, high school.
    private func person(_ life: StudentLife, found: Bool, graduated: Int32) {
        let identity = life.identity
        file.field(identity.studentNumber)
        file.field(identity.firstName.uppercased())
        file.field(identity.middleName.prefix(1).uppercased())
        file.field(identity.lastName.uppercased())
        file.emptyField()
        file.emptyField()
        file.field(found ? "Y" : "N" as StaticString)
        file.field(ClearinghouseExport.highSchoolCode)
        file.field(date: graduated, .compact)
    }

    func close() throws -> [WrittenFile] { [try file.finish()] }
}
