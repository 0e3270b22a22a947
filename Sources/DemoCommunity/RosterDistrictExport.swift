import BackboneCore

/// `district.csv` of the linkage benchmarks' roster format (../shared/bench/README.md): one
/// row per district student with the identifying fields every linker compares, the school
/// and grade of the student's last enrollment.
final class RosterDistrictExport: LifeExport {
    private let file: OutputFile
    /// State ids by district number, for the CBO roster's occasional recorded number.
    private(set) var stateIDs: [String: String] = [:]

    init(folder: String) throws {
        file = try OutputFile(folder: folder, path: "district.csv")
        file.header([
            "student_id", "state_id", "first_name", "middle_name", "last_name", "birth_date", "sex", "zip", "school",
            "grade",
        ])
    }

    func add(_ life: StudentLife) {
        let person = life.identity
        stateIDs[person.studentNumber] = person.stateID
        let last = life.enrollments.last
        file.field(person.studentNumber)
        file.field(person.stateID)
        file.field(person.firstName)
        file.field(person.middleName)
        file.field(person.lastName)
        file.field(date: person.birthDate, .iso)
        file.field(person.female ? "F" : "M" as StaticString)
        file.field(person.neighborhood.zip)
        file.field(last?.school.name ?? "")
        file.field(last.map { GradeLevel.label($0.grade) } ?? "")
        file.endRow()
    }

    func close() throws -> [WrittenFile] { [try file.finish()] }
}
