import BackboneCore

/// `state/assessment_<year>.xml.gz`: the state's ELA and math results for grades 3–8 as an
/// Ed-Fi Data Standard 5.2 `InterchangeStudentAssessment`, in the element structure of the
/// Ed-Fi sample `StudentAssessment-StateAssessment.xml` (record-level score and performance
/// level, descriptors as URIs; untested students carry a `ReasonNotTested` and no result).
final class AssessmentExport: LifeExport {
    private let files: [OutputFile]
    private var counts: [Int]
    private let seed: UInt64

    private static let scaleScoreMethod: StaticString =
        "\t\t\t<AssessmentReportingMethod>uri://ed-fi.org/AssessmentReportingMethodDescriptor#Scale score</AssessmentReportingMethod>\n"
    static let levelNames = ["Below Basic", "Basic", "Proficient", "Advanced"]
    static let gradeNames = ["Kindergarten", "First grade", "Second grade", "Third grade", "Fourth grade", "Fifth grade",
                             "Sixth grade", "Seventh grade", "Eighth grade"]

    /// The assessment identifier the state gives each subject and grade.
    static func assessmentIdentifier(_ subject: TestSubject, grade: Int) -> String {
        "SA-\(subject.identifierPart)-Grade \(grade)"
    }

    init(folder: String, seed: UInt64) throws {
        self.seed = seed
        counts = Array(repeating: 0, count: RivertonYears.all.count)
        files = try RivertonYears.all.map { year in
            let file = try OutputFile(folder: folder, path: "state/assessment_\(year).xml.gz")
            file.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <InterchangeStudentAssessment xmlns="http://ed-fi.org/5.2.0" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://ed-fi.org/5.2.0 ../../Schemas/Bulk/Interchange-StudentAssessment.xsd">

                """)
            return file
        }
    }

    func add(_ life: StudentLife) {
        for test in life.tests {
            let slot = test.year - RivertonYears.all.lowerBound
            counts[slot] += 1
            write(test, student: life.identity.studentNumber, to: files[slot])
        }
    }

    private func write(_ test: TestRecord, student: String, to file: OutputFile) {
        let subject = test.subject.identifierPart
        file.write("\t<StudentAssessment>\n\t\t<StudentAssessmentIdentifier>")
        file.write(identifier(student: student, test: test))
        file.write("</StudentAssessmentIdentifier>\n\t\t<AdministrationDate>")
        file.write(date: test.date, .iso)
        file.write("T09:00:00</AdministrationDate>\n")
        file.write("\t\t<AdministrationLanguage>uri://ed-fi.org/LanguageDescriptor#eng</AdministrationLanguage>\n")
        file.write("\t\t<AdministrationEnvironment>uri://ed-fi.org/AdministrationEnvironmentDescriptor#School</AdministrationEnvironment>\n")
        if let reason = test.reasonNotTested {
            file.write("\t\t<ReasonNotTested>uri://ed-fi.org/ReasonNotTestedDescriptor#")
            file.write(reason)
            file.write("</ReasonNotTested>\n")
        }
        if let score = test.scaleScore {
            file.write("\t\t<ScoreResult>\n\t\t\t<Result>")
            file.write(score)
            file.write("</Result>\n")
            file.write("\t\t\t<ResultDatatypeType>uri://ed-fi.org/ResultDatatypeTypeDescriptor#Integer</ResultDatatypeType>\n")
            file.write(AssessmentExport.scaleScoreMethod)
            file.write("\t\t</ScoreResult>\n")
        }
        file.write("\t\t<WhenAssessedGradeLevel>uri://ed-fi.org/GradeLevelDescriptor#")
        file.write(AssessmentExport.gradeNames[test.grade])
        file.write("</WhenAssessedGradeLevel>\n")
        if let level = test.level {
            file.write("\t\t<PerformanceLevel>\n\t\t\t<PerformanceLevel>uri://ed-fi.org/PerformanceLevelDescriptor#")
            file.write(AssessmentExport.levelNames[level - 1])
            file.write("</PerformanceLevel>\n")
            file.write(AssessmentExport.scaleScoreMethod)
            file.write("\t\t\t<PerformanceLevelIndicatorName>")
            file.write(subject)
            file.write(" Performance Level</PerformanceLevelIndicatorName>\n\t\t</PerformanceLevel>\n")
        }
        file.write("\t\t<StudentReference>\n\t\t\t<StudentIdentity>\n\t\t\t\t<StudentUniqueId>")
        file.write(student)
        file.write("</StudentUniqueId>\n\t\t\t</StudentIdentity>\n\t\t</StudentReference>\n")
        file.write("\t\t<AssessmentReference>\n\t\t\t<AssessmentIdentity>\n\t\t\t\t<AssessmentIdentifier>")
        file.write(AssessmentExport.assessmentIdentifier(test.subject, grade: test.grade))
        file.write("</AssessmentIdentifier>\n\t\t\t\t<Namespace>uri://riverton-state.example/Assessment</Namespace>\n")
        file.write("\t\t\t</AssessmentIdentity>\n\t\t</AssessmentReference>\n\t\t<SchoolYear>")
        file.write(test.year.longSchoolYear)
        file.write("</SchoolYear>\n\t</StudentAssessment>\n")
    }

    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".utf8)

    /// A stable 20-character identifier, as the vendor's systems issue them.
    private func identifier(student: String, test: TestRecord) -> String {
        var random = SplitMix64(
            seed: seed, 7, UInt64(student) ?? 0, UInt64(test.year), UInt64(test.subject.rawValue))
        let alphabet = AssessmentExport.alphabet
        return String(decoding: (0..<20).map { _ in alphabet[random.below(alphabet.count)] }, as: UTF8.self)
    }

    func close() throws -> [WrittenFile] {
        try zip(files, counts).map { file, count in
            file.write("</InterchangeStudentAssessment>\n")
            return try file.finish(records: count)
        }
    }
}
