/// `district/students.csv`: the SIS student table, one row per student ever enrolled.
final class StudentsExport: LifeExport {
    private let file: OutputFile

    init(folder: String) throws {
        file = try OutputFile(folder: folder, path: "district/students.csv")
        file.header([
            "Student_Number", "State_ID", "Last_Name", "First_Name", "Middle_Name", "DOB", "Gender",
            "Hispanic_Latino", "Race", "Home_Language", "Street", "Zip",
        ])
    }

    func add(_ life: StudentLife) {
        let person = life.identity
        file.field(person.studentNumber)
        file.field(person.stateID)
        file.field(person.lastName)
        file.field(person.firstName)
        file.field(person.middleName)
        file.field(date: person.birthDate, .monthDayYear)
        file.field(person.female ? "F" : "M" as StaticString)
        file.field(flag: person.heritage.isHispanic)
        file.field(person.raceCode)
        file.field(person.homeLanguage)
        file.field(person.street)
        file.field(person.neighborhood.zip)
        file.endRow()
    }

    func close() throws -> [WrittenFile] { [try file.finish()] }
}
