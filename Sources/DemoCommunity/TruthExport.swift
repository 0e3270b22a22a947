/// `truth/links.csv`: which district student each participant id really is (empty for a
/// child the district never enrolled). For tests of the linker only; no pipeline reads it.
enum TruthExport {
    static func write(_ registrations: [Registration], folder: String) throws -> WrittenFile {
        let file = try OutputFile(folder: folder, path: "truth/links.csv")
        file.header(["source", "participant_id", "student_number", "child_id"])
        for registration in registrations {
            file.field(registration.partner.sourceID)
            file.field(registration.participantID)
            file.field(registration.studentNumber ?? "")
            file.field(registration.childKey)
            file.endRow()
        }
        return try file.finish()
    }
}
