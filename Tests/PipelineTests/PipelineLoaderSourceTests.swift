import BackboneCore
import Pipeline
import Testing

/// Sources: references to partners, formats and their settings, paths, and field specs.
@Suite struct PipelineLoaderSourceTests {
    typealias S = PipelineSamples

    @Test func badChoicesListTheAllowedValues() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.dat
                format: json
                table: persons
                fields: { person_id: ID }
              others:
                partner: youthworks
                path: others.csv
                encoding: utf8
                delimiter: ":"
                table: person
                fields: { person_id: ID }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:8:13: error: unknown format 'json'; expected one of: csv, xml",
            "p.yml:9:12: error: unknown table 'persons'; expected one of: person, enrollment, attendance, "
                + "assessment, program, postsecondary, school",
            "p.yml:14:15: error: unknown encoding 'utf8'; expected one of: utf-8, windows-1252, latin-1",
            "p.yml:15:16: error: unknown delimiter ':'; expected one of: ',', ';', '\\t', '|'",
        ])
        #expect(S.errors(S.pipeline(S.students).replacingOccurrences(of: "kind: cbo", with: "kind: nonprofit")) == [
            "p.yml:3:97: error: unknown partner kind 'nonprofit'; expected one of: district, state, early_learning, "
                + "cbo, postsecondary"
        ])
    }

    @Test func partnerMustBeDeclared() {
        let yaml = S.pipeline(S.students.replacingOccurrences(of: "partner: district", with: "partner: distrct"))
        #expect(S.errors(yaml) == [
            "p.yml:6:14: error: partner 'distrct' is not declared in 'partners'; did you mean 'district'?"
        ])
    }

    @Test func formatComesFromTheExtension() throws {
        let yaml = S.pipeline(
            S.students.replacingOccurrences(of: "students.csv", with: "students.TSV.gz"),
            """
              assessments:
                partner: district
                path: state/assessment_*.xml.gz
                record: StudentAssessment
                table: assessment
                fields: { person_id: Id, school_year: Year, subject: Subject }
            """)
        let config = try PipelineLoader.load(yaml: yaml, file: "p.yml")
        #expect(config.sources[0].format == .csv)
        #expect(config.sources[0].delimiter == UInt8(ascii: "\t"))
        #expect(config.sources[1].format == .xml)
        #expect(config.sources[1].recordElement == "StudentAssessment")
        #expect(config.sources[1].fields.map(\.origin) == [.path("Id"), .path("Year"), .path("Subject")])
        #expect(S.errors(S.pipeline(S.students.replacingOccurrences(of: "students.csv", with: "students.dat"))) == [
            "p.yml:7:11: error: cannot tell the format of 'students.dat' from its extension; "
                + "add 'format: csv' or 'format: xml'"
        ])
    }

    @Test func pathMayHaveOneWildcardInTheFileName() {
        #expect(S.errors(S.pipeline(S.students.replacingOccurrences(of: "students.csv", with: "\"*/students.csv\""))) == [
            "p.yml:7:11: error: path '*/students.csv' may have one '*', in the file name only"
        ])
        #expect(S.errors(S.pipeline(S.students.replacingOccurrences(of: "students.csv", with: "s_*_*.csv"))) == [
            "p.yml:7:11: error: path 's_*_*.csv' may have one '*', in the file name only"
        ])
    }

    @Test func settingsOfTheOtherFormatAreRejected() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                record: Student
                table: person
                fields: { person_id: ID }
              state:
                partner: district
                path: state.xml
                delimiter: ";"
                table: person
                fields: { person_id: ID }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:8:5: error: 'record' applies to xml sources; source 'students' is csv",
            "p.yml:12:5: error: source 'state' is missing required key 'record'",
            "p.yml:14:5: error: 'delimiter' applies to csv sources; source 'state' is xml",
        ])
    }

    @Test func fieldsMustBeInTheTable() {
        let yaml = S.pipeline(S.students.replacingOccurrences(
            of: "fields: { person_id: ID }", with: "fields: { person_id: ID, birthdate: DOB, shoe_size: Shoes }"))
        #expect(S.errors(yaml) == [
            "p.yml:9:30: error: table 'person' has no field 'birthdate'; did you mean 'birth_date'?",
            "p.yml:9:46: error: table 'person' has no field 'shoe_size'; expected one of: person_id, state_id, district_id, "
                + "first_name, middle_name, last_name, nickname, full_name, birth_date, sex, race_ethnicity, "
                + "hispanic_latino, street, zip, school_id, grade",
        ])
    }

    @Test func requiredFieldsMustBeMapped() {
        let yaml = S.pipeline("""
              enrollment:
                partner: district
                path: enrollment.csv
                table: enrollment
                fields:
                  person_id: ID
                  grade: Grade
            """)
        #expect(S.errors(yaml) == [
            "p.yml:9:5: error: source 'enrollment' does not map required field 'school_id' of table 'enrollment'",
            "p.yml:9:5: error: source 'enrollment' does not map required field 'school_year' of table 'enrollment'",
        ])
    }

    @Test func originsMatchTheFormatAndAreExclusive() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields:
                  person_id: { path: Student/Id }
                  sex: { codes: { M: male } }
                  grade: { column: Grade, value: "3" }
              state:
                partner: district
                path: state.xml
                record: Student
                table: person
                fields:
                  person_id: { column: ID }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:10:20: error: 'path' applies to xml sources; source 'students' is csv, so use 'column'",
            "p.yml:11:12: error: field 'sex' of source 'students' needs 'column' or 'value'",
            "p.yml:12:31: error: field 'grade' of source 'students' has both 'column' and 'value'; give only one",
            "p.yml:19:20: error: 'column' applies to csv sources; source 'state' is xml, so use 'path'",
        ])
    }

    @Test func dateFormatsAreLayoutsOfDateFieldsOnly() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields:
                  person_id: ID
                  birth_date: { column: DOB, format: [MM/DD/YYYY, MM/YYYY] }
                  grade: { column: Grade, format: YYYY }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:11:55: error: invalid date format 'MM/YYYY'; expected a layout of YYYY, MM or M, and DD or D, "
                + "such as MM/DD/YYYY",
            "p.yml:12:31: error: 'format' applies to date fields only; 'grade' is a grade level field",
        ])
    }

    @Test func codesMustBeInTheFieldsCodeList() {
        let yaml = S.pipeline(
            S.students.replacingOccurrences(
                of: "fields: { person_id: ID }",
                with: "fields: { person_id: ID, sex: { column: G, codes: { M: male, F: femal } } }"),
            """
              scores:
                partner: district
                path: scores.csv
                table: assessment
                fields: { person_id: ID, school_year: Year, subject: { value: reading } }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:9:69: error: unknown sex code 'femal'; expected one of: female, male, not_selected",
            "p.yml:14:67: error: unknown subject code 'reading'; expected one of: ela, math, science, "
                + "kindergarten_readiness",
        ])
    }

    @Test func unreadableValuesWarnOrSetTheRowAside() throws {
        let strict = S.pipeline(S.students.replacingOccurrences(
            of: "fields: { person_id: ID }", with: "fields: { person_id: ID, birth_date: { column: DOB, invalid: error } }"))
        let config = try PipelineLoader.load(yaml: strict, file: "p.yml")
        #expect(config.sources[0].fields.map(\.invalid) == [.warn, .error])
        #expect(S.errors(strict.replacingOccurrences(of: "invalid: error", with: "invalid: skip")) == [
            "p.yml:9:66: error: unknown severity for unreadable values 'skip'; expected one of: warn, error"
        ])
    }

    @Test func fieldSpecsAreReadIntoMappings() throws {
        let yaml = S.pipeline(
            S.students.replacingOccurrences(
                of: "fields: { person_id: ID }",
                with: "fields: { person_id: ID, birth_date: { column: DOB, format: MM/DD/YYYY }, "
                    + "sex: { column: G, codes: { M: male } }, grade: { value: '3' } }"))
        let fields = try PipelineLoader.load(yaml: yaml, file: "p.yml").sources[0].fields
        #expect(fields.map(\.field) == ["person_id", "birth_date", "sex", "grade"])
        #expect(fields.map(\.origin) == [.column("ID"), .column("DOB"), .column("G"), .constant("3")])
        #expect(fields[1].dateLayouts == [DateLayout("MM/DD/YYYY")!])
        #expect(fields[2].codes == ["M": "male"])
        #expect(fields[3].location == SourceLocation(file: "p.yml", line: 9, column: 119))
    }
}
