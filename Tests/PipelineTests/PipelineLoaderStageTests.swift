import BackboneCore
import Pipeline
import BackboneTestSupport
import Testing

/// Stages: link reference, `needs`, measure settings and indicators.
@Suite struct PipelineLoaderStageTests {
    typealias S = PipelineSamples

    @Test func linkReferenceMustBeADeclaredPersonSource() {
        let scores = """
              scores:
                partner: district
                path: scores.csv
                table: assessment
                fields: { person_id: ID, school_year: Year, subject: Subject }
            """
        #expect(S.errors(S.pipeline(S.students, scores, "stages:\n  link: { reference: student }")) == [
            "p.yml:16:22: error: link reference 'student' is not declared in 'sources'; did you mean 'students'?"
        ])
        #expect(S.errors(S.pipeline(S.students, scores, "stages:\n  link: { reference: scores }")) == [
            "p.yml:16:22: error: link reference 'scores' is a source of table 'assessment'; "
                + "expected a source of table 'person'"
        ])
        #expect(S.errors(S.pipeline(S.students, "stages:\n  link: {}")) == [
            "p.yml:11:9: error: stage 'link' is missing required key 'reference'"
        ])
    }

    @Test func theSchoolsSourceIsADeclaredSchoolTable() throws {
        let schools = """
              schools:
                partner: district
                path: schools.csv
                table: school
                fields: { school_id: Code, school_name: Name }
            """
        let good = S.pipeline(S.students, schools, "stages:\n  link: { reference: students, schools: schools }")
        #expect(try PipelineLoader.load(yaml: good, file: "p.yml").stages.link.schools == "schools")
        #expect(S.errors(S.pipeline(S.students, schools, "stages:\n  link: { reference: students, schools: school }")) == [
            "p.yml:16:41: error: schools source 'school' is not declared in 'sources'; did you mean 'schools'?"
        ])
        #expect(S.errors(S.pipeline(S.students, schools, "stages:\n  link: { reference: students, schools: students }")) == [
            "p.yml:16:41: error: schools source 'students' is a source of table 'person'; expected a source of table 'school'"
        ])
    }

    @Test func linkSettingsAreReadAndChecked() throws {
        let good = S.pipeline(
            S.students,
            "stages:\n  link:\n    reference: students\n    blocking: [birth_date]\n    link_threshold: 90%\n"
                + "    review_threshold: 0.4\n    random_pairs: 1000\n    training_blocking: [surname+zip]")
        let settings = try PipelineLoader.load(yaml: good, file: "p.yml").stages.link.probabilistic
        #expect(settings.blocking == [.birthDate] && settings.training == [.surnameZip])
        #expect(settings.linkThreshold == 0.9 && settings.reviewThreshold == 0.4 && settings.randomPairs == 1000)
        #expect(settings.expectedMatchShare == 0.8)
        let bad = good.replacingOccurrences(of: "[birth_date]", with: "[birthday]")
            .replacingOccurrences(of: "0.4", with: "0.95").replacingOccurrences(of: "1000", with: "0")
            .replacingOccurrences(of: "[surname+zip]", with: "[]")
        #expect(S.errors(bad) == [
            "p.yml:13:16: error: unknown blocking rule 'birthday'; expected one of: state_id, birth_date, given_name+surname, "
                + "surname+zip, surname+zip(no birth date), street+zip, surname_soundex+birth_year, given_prefix+zip, "
                + "surname_soundex+given_initial(no birth date)",
            "p.yml:15:23: error: 'review_threshold' must not be above 'link_threshold'",
            "p.yml:16:19: error: 'random_pairs' must be at least 1, found 0",
            "p.yml:17:24: error: 'training_blocking' needs at least one rule",
        ])
    }

    @Test func withoutALinkStageTheDistrictRosterIsTheReference() throws {
        let participants = S.students
            .replacingOccurrences(of: "students:", with: "participants:")
            .replacingOccurrences(of: "partner: district", with: "partner: youthworks")
        let config = try PipelineLoader.load(yaml: S.pipeline(participants, S.students), file: "p.yml")
        #expect(config.stages.link.reference == "students")
        #expect(config.stages.measure.minimumCellSize == 10)
        #expect(config.stages.measure.indicators.isEmpty)
    }

    @Test func needsNameKnownStages() {
        let yaml = S.pipeline(S.students, "stages:\n  report: { needs: [validate, mesure] }\n  mesure: {}")
        #expect(S.errors(yaml) == [
            "p.yml:11:31: error: unknown stage 'mesure'; expected one of: validate, link, measure, report",
            "p.yml:12:3: error: unknown key 'mesure' in 'stages'; expected one of: link, measure, report, validate; "
                + "did you mean 'measure'?",
        ])
    }

    @Test func indicatorsAreCheckedOneByOne() {
        let yaml = S.pipeline(S.students, """
            stages:
              measure:
                minimum_cell_size: 0
                indicators:
                  - id: reading
                    name: Reading
                    population: grade == 3
                    numerator: ela_level >= 3
                    baseline: someday
                    target: high
                  - id: reading
                    name: Reading again
                    population: grade == 3
                    numerator: ela_level >= 3
                  - id: Math-3
                    name: Math
                    population: grade == 3
                    numerator: math_level >= 3
                    direction: higher
                  - name: Unnamed
                    numerator: x
                  - just text
            """)
        #expect(S.errors(yaml) == [
            "p.yml:12:24: error: expected a positive integer for 'minimum_cell_size', found '0'",
            "p.yml:18:19: error: expected a school year for 'baseline', found 'someday'",
            "p.yml:19:17: error: expected a number for 'target', found 'high'",
            "p.yml:20:13: error: duplicate indicator id 'reading'; first declared at line 14",
            "p.yml:24:13: error: indicator id 'Math-3' may use only a-z, 0-9 and '_'",
            "p.yml:28:20: error: unknown direction 'higher'; expected one of: up, down",
            "p.yml:29:9: error: indicator 4 is missing required key 'id'",
            "p.yml:29:9: error: indicator 4 is missing required key 'population'",
            "p.yml:31:9: error: expected a mapping for indicator 5, found 'just text'",
        ])
    }

    @Test func expressionsKeepTheLocationOfTheirFirstCharacter() throws {
        let yaml = S.pipeline(S.students, """
            stages:
              measure:
                indicators:
                  - id: reading
                    name: Reading
                    population: grade == 3
                    numerator: "ela_level >= 3"
            """)
        let indicator = try #require(try PipelineLoader.load(yaml: yaml, file: "p.yml").stages.measure.indicators.first)
        #expect(indicator.population == "grade == 3")
        #expect(indicator.populationLocation == SourceLocation(file: "p.yml", line: 15, column: 21))
        #expect(indicator.numerator == "ela_level >= 3")
        #expect(indicator.numeratorLocation == SourceLocation(file: "p.yml", line: 16, column: 21))
    }

    @Test func measureSettingsAndIndicatorYearsAreReadAndChecked() throws {
        let good = S.pipeline(S.students, """
            stages:
              measure:
                top_bottom_coding: fixed
                dosage_bands: [20, 60.5]
                indicators:
                  - id: graduation
                    name: Graduation
                    year: cohort_year + 3
                    years: [2025, 2025-26]
                    population: cohort_year != null
                    numerator: graduated
            """)
        let measure = try PipelineLoader.load(yaml: good, file: "p.yml").stages.measure
        #expect(measure.topBottomCoding == .fixed && measure.dosageBands == [20, 60.5])
        #expect(measure.indicators[0].year == "cohort_year + 3" && measure.indicators[0].years == [2025, 2026])
        #expect(measure.indicators[0].yearLocation == SourceLocation(file: "p.yml", line: 17, column: 15))
        let defaults = try PipelineLoader.load(yaml: S.pipeline(S.students), file: "p.yml").stages.measure
        #expect(defaults.topBottomCoding == .banded && defaults.dosageBands == [30, 90])

        let bad = S.pipeline(S.students, """
            stages:
              measure:
                top_bottom_coding: sometimes
                dosage_bands: [30, 10]
                indicators:
                  - id: graduation
                    name: Graduation
                    year: graduated
                    years: [2025, later]
                    population: cohort_year != null
                    numerator: graduated
            """)
        #expect(S.errors(bad) == [
            "p.yml:12:24: error: unknown top/bottom coding 'sometimes'; expected one of: none, fixed, banded",
            "p.yml:13:24: error: expected dosage band limits in hours, above 0 and ascending; found '10' after '30'",
            "p.yml:18:23: error: expected a school year for an entry of 'years', found 'later'",
        ])
        let wrongType = good.replacingOccurrences(of: "year: cohort_year + 3", with: "year: graduated")
        #expect(S.errors(wrongType) == ["p.yml:17:15: error: expected a number expression, found a boolean expression"])
    }

    @Test func everyErrorInAFileIsReportedAtOnceInOrder() {
        let path = Fixtures.path("pipelines/four-errors.yml")
        #expect(throws: DiagnosticsError.self) { try PipelineLoader.load(path: path) }
        do {
            _ = try PipelineLoader.load(path: path)
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.description) == [
                "\(path):14:7: error: table 'person' has no field 'birthdate'; did you mean 'birth_date'?",
                "\(path):17:16: error: link reference 'studnts' is not declared in 'sources'; did you mean 'students'?",
                "\(path):19:24: error: expected an integer for 'minimum_cell_size', found 'ten'",
                "\(path):25:20: error: unknown direction 'sideways'; expected one of: up, down",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
