import BackboneCore
import Pipeline
import Testing

/// A validate step reads the extracts its `references` rules name, so the plan waits for them.
@Suite struct StagePlanRuleTests {
    typealias S = PipelineSamples

    @Test func validateWaitsForTheExtractsItsReferencesRead() throws {
        let yaml = S.pipeline(S.students, """
              scores:
                partner: district
                path: scores.csv
                table: assessment
                fields: { person_id: ID, school_year: Year, subject: Subject }
                rules:
                  - references: { field: person_id, source: participants }
                  - references: { field: person_id, source: students, name: known_student }
                  - { references: { field: person_id, source: students }, severity: warn }
              participants:
                partner: youthworks
                path: participants.csv
                table: person
                fields: { person_id: ID }
                rules:
                  - references: { field: person_id, source: participants, name: itself }
            """, "stages:\n  link: { reference: students }")
        let plan = try StagePlan(config: PipelineLoader.load(yaml: yaml, file: "p.yml"))
        #expect(StagePlanTests.describe(plan) == [
            "extract:students",
            "extract:scores",
            "extract:participants",
            "validate:students <- extract:students",
            "validate:scores <- extract:students, extract:scores, extract:participants",
            "validate:participants <- extract:participants",
            "link <- validate:students, validate:participants",
            "measure <- validate:scores, link",
            "report <- measure",
        ])
    }
}
