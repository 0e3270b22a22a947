/// `cbo.csv` and `truth.csv` of the roster format: every community partner's registrations
/// as typed in (one row per registration, so a child registered twice appears twice), and
/// which district student each one really is.
enum RosterParticipantsExport {
    /// `stateIDs` maps district numbers to state ids: a partner that wrote down a district
    /// number that exists carries that student's state id (right or wrong, as recorded).
    static func write(_ registrations: [Registration], stateIDs: [String: String], folder: String) throws -> [WrittenFile] {
        let cbo = try OutputFile(folder: folder, path: "cbo.csv")
        cbo.header(["cbo_id", "state_id", "first_name", "last_name", "birth_date", "sex", "zip", "school"])
        let truth = try OutputFile(folder: folder, path: "truth.csv")
        truth.header(["cbo_id", "student_id"])
        for registration in registrations {
            let person = registration.person
            let first = registration.rows.first
            cbo.field(registration.participantID)
            cbo.field(person.districtNumber.flatMap { stateIDs[$0] } ?? "")
            cbo.field(person.first)
            cbo.field(person.last)
            if let birth = person.birthDate { cbo.field(date: birth, .iso) } else { cbo.emptyField() }
            cbo.field(person.female ? "F" : "M" as StaticString)
            cbo.field(first?.zip ?? "")
            cbo.field(first?.school ?? "")
            cbo.endRow()
            truth.field(registration.participantID)
            truth.field(registration.studentNumber ?? "")
            truth.endRow()
        }
        return [try cbo.finish(), try truth.finish()]
    }
}
