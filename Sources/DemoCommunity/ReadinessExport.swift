/// `early_learning/kindergarten_readiness_<year>.csv`: the fall kindergarten-entry
/// assessment, four domain scores and an overall result per child.
final class ReadinessExport: LifeExport {
    private let files: [OutputFile]

    init(folder: String) throws {
        files = try RivertonYears.all.map { year in
            let file = try OutputFile(folder: folder, path: "early_learning/kindergarten_readiness_\(year).csv")
            file.header([
                "Student_Number", "School_ID", "School_Year", "Assessment_Date", "Language_Score", "Literacy_Score",
                "Math_Score", "Social_Emotional_Score", "Overall_Result",
            ])
            return file
        }
    }

    func add(_ life: StudentLife) {
        guard let result = life.readiness else { return }
        let file = files[result.year - RivertonYears.all.lowerBound]
        file.field(life.identity.studentNumber)
        file.field(result.school.code)
        file.field(result.year.shortSchoolYear)
        file.field(date: result.date, .iso)
        for score in result.domainScores { file.field(score) }
        file.field(result.result.rawValue)
        file.endRow()
    }

    func close() throws -> [WrittenFile] { try files.map { try $0.finish() } }
}
