import BackboneCore

/// The three community partners' exports, written from their registrations once every
/// district child and every outside child has been drawn.
enum PartnerExports {
    /// `cbo/youthworks.csv`: a spreadsheet saved by Excel on Windows (Windows-1252, CRLF),
    /// one row per participant, program and year, the child's name in one "Last, First" column.
    static func youthWorks(_ registrations: [Registration], folder: String) throws -> WrittenFile {
        let file = try OutputFile(folder: folder, path: "cbo/youthworks.csv", encoding: .windows1252)
        file.lineEnding = "\r\n"
        file.header(["Participant_ID", "Participant", "DOB", "School", "Grade", "Zip", "Program", "Program_Year", "Hours"])
        for (registration, row) in rowsByYear(registrations) {
            let person = registration.person
            file.field(registration.participantID)
            let middle = person.middle.isEmpty ? "" : " " + person.middle.prefix(1) + "."
            file.field(person.last + ", " + person.first + middle)
            if let birth = person.birthDate { file.field(date: birth, .shortMonthDayYear) } else { file.emptyField() }
            file.field(row.school)
            file.field(GradeLevel.label(row.grade))
            file.field(row.zip)
            file.field(CommunityPartner.youthWorks.programs[row.program].name)
            file.field(row.year.shortSchoolYear)
            file.field(hundredths: row.hundredths)
            file.endRow()
        }
        return try file.finish()
    }

    /// `cbo/bright_futures.csv`: semicolon-separated UTF-8 from a spreadsheet set up for
    /// day-first dates (DD/MM/YYYY); many birth dates blank, some typed month-first.
    static func brightFutures(_ registrations: [Registration], folder: String) throws -> WrittenFile {
        let file = try OutputFile(folder: folder, path: "cbo/bright_futures.csv")
        file.delimiter = UInt8(ascii: ";")
        file.header(["Mentee_ID", "First", "Last", "Nickname", "Birth_Date", "Gender", "School", "Grade", "Program", "School_Year", "Mentor_Hours"])
        for registration in registrations {
            let person = registration.person
            for row in registration.rows {
                file.field(registration.participantID)
                file.field(person.first)
                file.field(person.last)
                file.field(person.nickname)
                if let birth = person.birthDate { file.field(date: birth, .dayMonthYear) } else { file.emptyField() }
                file.field(person.female ? "F" : "M" as StaticString)
                file.field(row.school)
                file.field(row.grade)
                file.field(CommunityPartner.brightFutures.programs[row.program].name)
                file.field(row.year.longSchoolYear)
                file.field(hundredths: row.hundredths)
                file.endRow()
            }
        }
        return try file.finish()
    }

    /// Registrations' rows ordered by program year, then participant, as a yearly roster would be.
    private static func rowsByYear(_ registrations: [Registration]) -> [(Registration, ProgramYear)] {
        let pairs = registrations.flatMap { registration in registration.rows.map { (registration, $0) } }
        return pairs.enumerated().sorted { a, b in
            a.element.1.year != b.element.1.year ? a.element.1.year < b.element.1.year : a.offset < b.offset
        }.map(\.element)
    }
}
