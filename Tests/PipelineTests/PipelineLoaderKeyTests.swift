import BackboneCore
import Pipeline
import Testing

/// Unknown, missing and repeated keys, wrong value types, and YAML that does not parse.
@Suite struct PipelineLoaderKeyTests {
    typealias S = PipelineSamples

    @Test func sampleIsValid() throws {
        let config = try PipelineLoader.load(yaml: S.pipeline(S.students), file: "p.yml")
        #expect(config.sources.map(\.id) == ["students"])
    }

    @Test func unknownKeyListsTheKeysAndSuggestsTheClosest() {
        let yaml = S.pipeline("""
              youthworks:
                partner: youthworks
                path: participants.csv
                delimeter: ";"
                table: person
                fields: { person_id: ID }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:8:5: error: unknown key 'delimeter' in source 'youthworks'; expected one of: delimiter, encoding, "
                + "fields, format, null_values, partner, path, record, rules, table, threshold; did you mean 'delimiter'?"
        ])
    }

    @Test func unknownKeyWithoutACloseOneOnlyLists() {
        let yaml = S.pipeline(S.students, "colour: red")
        #expect(S.errors(yaml) == [
            "p.yml:10:1: error: unknown key 'colour' in the pipeline file; expected one of: allowed_paths, "
                + "backbone, limits, partners, partnership, project_root, sources, stages"
        ])
    }

    @Test func wrongTypesNameWhatWasExpectedAndFound() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields: [ID]
            stages:
              measure:
                minimum_cell_size: ten
              report: { title: [a, b] }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:9:13: error: expected a mapping for 'fields', found a sequence",
            "p.yml:12:24: error: expected an integer for 'minimum_cell_size', found 'ten'",
            "p.yml:13:20: error: expected a string for 'title', found a sequence",
        ])
    }

    @Test func missingRequiredKeyPointsAtTheMapping() {
        let yaml = S.pipeline("""
              x:
                partner: district
                path: x.csv
                fields: { person_id: ID }
            """)
        #expect(S.errors(yaml) == ["p.yml:6:5: error: source 'x' is missing required key 'table'"])
    }

    @Test func versionMustBeOne() {
        #expect(S.errors(S.pipeline(S.students).replacingOccurrences(of: "backbone: 1", with: "backbone: 2")) == [
            "p.yml:1:11: error: unsupported pipeline file version 2; expected 1"
        ])
        #expect(S.errors(S.pipeline(S.students).replacingOccurrences(of: "backbone: 1", with: "backbone: one")) == [
            "p.yml:1:11: error: expected an integer for 'backbone', found 'one'"
        ])
        #expect(S.errors(S.pipeline(S.students).replacingOccurrences(of: "backbone: 1\n", with: "")) == [
            "p.yml:1:1: error: the pipeline file is missing required key 'backbone'"
        ])
    }

    @Test func duplicateKeysNameBothLines() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                path: other.csv
                fields: { person_id: ID, 'person_id': Number }
                table: person
            """)
        #expect(S.errors(yaml) == [
            "p.yml:9:5: error: duplicate key 'path'; first given at line 7",
            "p.yml:10:30: error: duplicate key 'person_id'; first given at line 10, column 15",
            "p.yml:11:5: error: duplicate key 'table'; first given at line 8",
        ])
    }

    @Test func duplicateKeysKeepTheFirstValueAndOtherErrorsAreStillFound() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                path: again.csv
                path: and-again.csv
                table: persons
                fields: { person_id: ID }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:8:5: error: duplicate key 'path'; first given at line 7",
            "p.yml:9:5: error: duplicate key 'path'; first given at line 7",
            "p.yml:10:12: error: unknown table 'persons'; expected one of: person, enrollment, attendance, "
                + "assessment, program, postsecondary, school",
        ])
    }

    @Test func syntaxErrorsCarryTheirPosition() {
        let yaml = S.pipeline(S.students, "stages:\n  link: { reference: [students }")
        #expect(S.errors(yaml) == [
            "p.yml:11:32: error: invalid YAML: did not find expected ',' or ']' "
                + "(while parsing a flow sequence at line 11, column 22)"
        ])
        #expect(S.errors("backbone: 1\n\tpartnership: x\n") == [
            "p.yml:2:1: error: invalid YAML: found a tab character that violates indentation "
                + "(while scanning a plain scalar at line 1, column 11)"
        ])
    }

    @Test func aliasesAreReadAsTheirAnchor() throws {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields: &fields { person_id: ID }
              others:
                partner: youthworks
                path: others.csv
                table: person
                fields: *fields
            """)
        let config = try PipelineLoader.load(yaml: yaml, file: "p.yml")
        #expect(config.sources[1].fields.map(\.origin) == [.column("ID")])
        #expect(S.errors("backbone: 1\npartnership: *nothing\n") == [
            "p.yml:2:14: error: invalid YAML: found undefined alias"
        ])
    }

    @Test func emptyOrNonMappingFiles() {
        #expect(S.errors("") == [
            "p.yml:1:1: error: the pipeline file is empty; expected a mapping starting with 'backbone: 1'"
        ])
        #expect(S.errors("- backbone\n") == [
            "p.yml:1:1: error: expected a mapping for the pipeline file, found a sequence"
        ])
    }

    @Test func unreadableFile() {
        #expect(throws: DiagnosticsError.self) { try PipelineLoader.load(path: "/nonexistent/pipeline.yml") }
        do {
            _ = try PipelineLoader.load(path: "/nonexistent/pipeline.yml")
        } catch let error as DiagnosticsError {
            #expect(error.description == "/nonexistent/pipeline.yml: error: cannot read the pipeline file")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
