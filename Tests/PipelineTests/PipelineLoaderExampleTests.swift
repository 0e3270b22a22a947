import BackboneCore
import BackboneTestSupport
import Pipeline
import Testing

/// fixtures/pipelines/valid.yml, a complete file, read into the typed configuration.
@Suite struct PipelineLoaderExampleTests {
    let path = Fixtures.path("pipelines/valid.yml")

    @Test func partnershipAndPartners() throws {
        let config = try PipelineLoader.load(path: path)
        #expect(config.file == path)
        #expect(config.partnership.name == "Riverton Cradle to Career Partnership")
        #expect(config.partnership.vision == "Every child in Riverton, from cradle to career.")
        #expect(config.partnership.location == SourceLocation(file: path, line: 5, column: 3))
        #expect(config.partners.map(\.id) == ["riverton_usd", "state", "youthworks"])
        #expect(config.partners.map(\.kind) == [.district, .state, .cbo])
        #expect(config.partners[2].name == "YouthWorks After School")
        #expect(config.partners[2].location == SourceLocation(file: path, line: 11, column: 3))
    }

    @Test func sources() throws {
        let sources = try PipelineLoader.load(path: path).sources
        #expect(sources.map(\.id) == ["district_students", "state_assessment", "youthworks_participants"])
        #expect(sources.map(\.partner) == ["riverton_usd", "state", "youthworks"])
        #expect(sources.map(\.format) == [.csv, .xml, .csv])
        #expect(sources.map(\.table) == [.person, .assessment, .person])
        #expect(sources.map(\.encoding) == [.utf8, .utf8, .windows1252])
        #expect(sources.map(\.delimiter) == [UInt8(ascii: ","), UInt8(ascii: ","), UInt8(ascii: "\t")])
        #expect(sources.map(\.recordElement) == [nil, "StudentAssessment", nil])
        #expect(sources[0].path == "../riverton/district/students.csv")
        #expect(sources[1].path == "../riverton/state/assessment_*.xml.gz")
        #expect(sources[0].nullValues == ["NULL", "N/A"])
        #expect(sources[0].location == SourceLocation(file: path, line: 15, column: 5))

        let students = sources[0].fields
        #expect(students.map(\.field) == ["person_id", "birth_date", "sex"])
        #expect(students.map(\.origin) == [.column("Student_Number"), .column("DOB"), .column("Gender")])
        #expect(students[1].dateLayouts.map(\.pattern) == ["MM/DD/YYYY"])
        #expect(students[2].codes == ["M": "male", "F": "female"])
        #expect(students[2].location == SourceLocation(file: path, line: 22, column: 7))

        let assessment = sources[1].fields
        #expect(assessment.map(\.origin) == [
            .path("StudentReference/StudentIdentity/StudentUniqueId"),
            .path("AssessmentReference/AssessmentIdentity/AssessmentIdentifier"),
            .constant("2024"),
        ])
        #expect(assessment[1].codes == ["ELA": "ela", "MATH": "math"])
        #expect(sources[2].fields[1].dateLayouts.map(\.pattern) == ["M/D/YYYY", "YYYY-MM-DD"])
    }

    @Test func stages() throws {
        let stages = try PipelineLoader.load(path: path).stages
        #expect(stages.validate.common.needs.isEmpty)
        #expect(stages.link.reference == "district_students")
        #expect(stages.measure.minimumCellSize == 11)
        #expect(stages.report.templates == "../reports/default")
        #expect(stages.report.title == "Riverton Community Report Card")
        #expect(stages.report.common.needs == ["validate"])
        #expect(stages.report.common.needsLocations == [SourceLocation(file: path, line: 65, column: 13)])

        let indicators = stages.measure.indicators
        #expect(indicators.map(\.id) == ["third_grade_reading", "chronic_absence"])
        #expect(indicators[0].name == "3rd-grade reading proficiency")
        #expect(indicators[0].description == "Share of 3rd graders with a valid ELA score at or above proficient.")
        #expect(indicators[0].population == "grade == 3 and ela_level != null")
        #expect(indicators[0].numerator == "ela_level >= 3")
        #expect(indicators[0].baselineYear == 2022)
        #expect(indicators[0].target == 0.60)
        #expect(indicators[0].direction == .up)
        #expect(indicators[1].description == "")
        #expect(indicators[1].baselineYear == 2023)
        #expect(indicators[1].target == nil)
        #expect(indicators[1].direction == .down)
        #expect(indicators[1].location == SourceLocation(file: path, line: 56, column: 9))
    }
}
