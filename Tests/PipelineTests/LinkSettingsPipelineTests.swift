import BackboneCore
import Extract
import Pipeline
import Testing

/// `backbone link` on a pipeline file: the link reference against the person source named by
/// `--source`, with `stages.link`'s settings.
@Suite struct LinkSettingsPipelineTests {
    typealias S = PipelineSamples

    /// Sources on lines 5–19, the link stage from line 20.
    static let pipeline = S.pipeline(S.students, """
          youthworks:
            partner: youthworks
            path: cbo/youthworks.csv
            table: person
            fields: { person_id: PID, first_name: First }
          hours:
            partner: youthworks
            path: cbo/hours.csv
            table: program
            fields: { person_id: PID, program: Program }
        stages:
          link:
            reference: students
            link_threshold: 99%
            decisions: reviewed.csv
        """)

    static func load(source: String?, files: LinkFiles? = nil) throws -> LinkSettings {
        try LinkSettingsLoader.load(yaml: pipeline, file: "p.yml", source: source, files: files, workingDirectory: "/work")
    }

    @Test func theReferenceIsLinkedToTheNamedSource() throws {
        let settings = try Self.load(source: "youthworks")
        #expect(settings.file == "p.yml")
        #expect(settings.students.id == "students" && settings.students.path == "students.csv")
        #expect(settings.participants.id == "youthworks" && settings.participants.path == "cbo/youthworks.csv")
        #expect(settings.participants.fields.map(\.field) == ["person_id", "first_name"])
        #expect(settings.probabilistic.linkThreshold == 0.99)
        #expect(settings.decisions == "reviewed.csv")
    }

    @Test func filesOnTheCommandLineReplaceTheSourcesPaths() throws {
        let settings = try Self.load(source: "youthworks", files: LinkFiles(students: "a.csv", participants: "/data/b.csv"))
        #expect(settings.students.path == "/work/a.csv" && settings.students.location == SourceLocation(file: "a.csv"))
        #expect(settings.participants.path == "/data/b.csv")
        #expect(settings.participants.fields.map(\.field) == ["person_id", "first_name"])
    }

    @Test func sourceIsRequiredAndMustBeAnotherPersonSource() {
        func error(_ source: String?) -> String {
            do {
                _ = try Self.load(source: source)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error(nil) == "p.yml: error: a pipeline file needs --source, the person source to link to 'students'; "
            + "expected one of: youthworks")
        #expect(error("youthwork") == "p.yml: error: --source 'youthwork' is not a source of the pipeline file; "
            + "did you mean 'youthworks'?")
        #expect(error("cbo") == "p.yml: error: --source 'cbo' is not a source of the pipeline file; expected one of: youthworks")
        #expect(error("hours") == "p.yml:16:5: error: --source 'hours' is a source of table 'program'; expected one of: youthworks")
        #expect(error("students") == "p.yml:6:5: error: --source 'students' is the link reference itself; "
            + "expected one of: youthworks")
    }

    @Test func aBrokenPipelineFileIsReportedAsTheLoaderReportsIt() {
        let broken = Self.pipeline.replacingOccurrences(of: "reference: students", with: "reference: student")
        let error = #expect(throws: DiagnosticsError.self) {
            try LinkSettingsLoader.load(yaml: broken, file: "p.yml", source: "youthworks")
        }
        #expect(error?.diagnostics.map(\.description) == [
            "p.yml:22:16: error: link reference 'student' is not declared in 'sources'; did you mean 'students'?"
        ])
    }
}
