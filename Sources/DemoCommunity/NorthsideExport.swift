import BackboneCore

/// `cbo/northside_learning.xml`: the Northside Learning Center's case-management export,
/// with `Participant` elements (identity, sometimes the district student number) and
/// `ServiceRecord` elements (program hours per school year) in one file.
enum NorthsideExport {
    static func write(_ registrations: [Registration], folder: String, seed: UInt64) throws -> WrittenFile {
        let file = try OutputFile(folder: folder, path: "cbo/northside_learning.xml")
        file.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <CaseManagementExport system="Casebook" organization="Northside Learning Center" exported="2026-07-01">
            \t<Participants>

            """)
        for registration in registrations {
            participant(registration, file)
        }
        file.write("\t</Participants>\n\t<ServiceRecords>\n")
        var services = 0
        for (registration, row) in registrations.flatMap({ r in r.rows.map { (r, $0) } }) {
            var random = SplitMix64(seed: seed, 8, UInt64(services))
            services += 1
            let calendar = RivertonYears.calendar(row.year)
            file.write("\t\t<ServiceRecord participant=\"")
            file.xmlText(registration.participantID)
            file.write("\">\n\t\t\t")
            file.element("Program", CommunityPartner.northside.programs[row.program].name)
            file.write("\n\t\t\t")
            file.element("SchoolYear", row.year.longSchoolYear)
            file.write("\n\t\t\t<StartDate>")
            file.write(date: calendar.schoolDay(from: calendar.firstDay + 14, through: calendar.firstDay + 60, &random), .iso)
            file.write("</StartDate>\n\t\t\t<EndDate>")
            file.write(date: calendar.schoolDay(from: calendar.lastDay - 40, through: calendar.lastDay, &random), .iso)
            file.write("</EndDate>\n\t\t\t<Hours>")
            file.write(hundredths: row.hundredths)
            file.write("</Hours>\n\t\t</ServiceRecord>\n")
        }
        file.write("\t</ServiceRecords>\n</CaseManagementExport>\n")
        return try file.finish(records: registrations.count + services)
    }

    private static func participant(_ registration: Registration, _ file: OutputFile) {
        let person = registration.person
        let first = registration.rows[0]
        file.write("\t\t<Participant id=\"")
        file.xmlText(registration.participantID)
        file.write("\">\n\t\t\t")
        file.element("FirstName", person.first)
        file.write("\n\t\t\t")
        file.element("LastName", person.last)
        if !person.middle.isEmpty {
            file.write("\n\t\t\t")
            file.element("MiddleName", person.middle)
        }
        if let birth = person.birthDate {
            file.write("\n\t\t\t<DateOfBirth>")
            file.write(date: birth, .iso)
            file.write("</DateOfBirth>")
        }
        file.write("\n\t\t\t")
        file.element("Gender", person.female ? "Female" : "Male")
        file.write("\n\t\t\t")
        file.element("School", first.school)
        file.write("\n\t\t\t<GradeAtIntake>")
        file.write(GradeLevel.label(first.grade))
        file.write("</GradeAtIntake>\n")
        if let number = person.districtNumber {
            file.write("\t\t\t")
            file.element("StudentNumber", number)
            file.write("\n")
        }
        file.write("\t\t\t<Address>\n\t\t\t\t")
        file.element("Zip", first.zip)
        file.write("\n\t\t\t</Address>\n\t\t</Participant>\n")
    }
}
