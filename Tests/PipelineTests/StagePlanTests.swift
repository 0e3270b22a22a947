import BackboneCore
import BackboneTestSupport
import Pipeline
import Testing

/// The run's DAG: order, dependencies, `needs:` edges and cycles.
@Suite struct StagePlanTests {
    typealias S = PipelineSamples

    /// students (person), scores (assessment), participants (person), in that file order.
    static func pipeline(stages: String) -> String {
        S.pipeline(S.students, """
              scores:
                partner: district
                path: scores.csv
                table: assessment
                fields: { person_id: ID, school_year: Year, subject: Subject }
              participants:
                partner: youthworks
                path: participants.csv
                table: person
                fields: { person_id: ID }
            """, stages)
    }

    static func plan(stages: String) throws -> StagePlan {
        try StagePlan(config: PipelineLoader.load(yaml: pipeline(stages: stages), file: "p.yml"))
    }

    static func cycleErrors(stages: String) -> [String] {
        do {
            _ = try plan(stages: stages)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    /// Each step as `name <- dependency, …`.
    static func describe(_ plan: StagePlan) -> [String] {
        plan.steps.map { step in
            step.name + (step.dependencies.isEmpty ? "" : " <- " + step.dependencies.map { plan.steps[$0].name }
                .joined(separator: ", "))
        }
    }

    @Test func stepsRunExtractValidateLinkMeasureReport() throws {
        let plan = try Self.plan(stages: "stages:\n  link: { reference: students }")
        #expect(Self.describe(plan) == [
            "extract:students",
            "extract:scores",
            "extract:participants",
            "validate:students <- extract:students",
            "validate:scores <- extract:scores",
            "validate:participants <- extract:participants",
            "link <- validate:students, validate:participants",
            "measure <- validate:scores, link",
            "report <- measure",
        ])
        #expect(plan.steps[6].kind == .link)
        #expect(plan.steps[6].source == nil)
        #expect(plan.steps[4].kind == .validate)
        #expect(plan.steps[4].source == "scores")
        #expect(plan.steps[6].dependencies == [3, 5])
    }

    @Test func needsAddEdges() throws {
        let plan = try Self.plan(stages: "stages:\n  link: { reference: students, needs: [validate] }")
        #expect(Self.describe(plan)[6] == "link <- validate:students, validate:scores, validate:participants")
    }

    @Test func aCycleNamesItsStepsAndTheNeedsThatClosedIt() {
        let stages = """
            stages:
              validate:
                needs: [measure]
              link: { reference: students }
            """
        #expect(Self.cycleErrors(stages: stages) == [
            "p.yml:22:13: error: stage 'validate' needs 'measure', which runs after it: "
                + "validate:students → link → measure → validate:students"
        ])
    }

    @Test func eachNeedsThatClosesACycleIsReported() {
        let stages = """
            stages:
              link: { reference: students, needs: [link] }
              measure: { needs: [report] }
            """
        #expect(Self.cycleErrors(stages: stages) == [
            "p.yml:21:40: error: stage 'link' needs 'link', which runs after it: link → link",
            "p.yml:22:22: error: stage 'measure' needs 'report', which runs after it: measure → report → measure",
        ])
    }

    @Test func needsAreReadInFileOrderSoOnlyTheEntryThatClosesTheCycleIsBlamed() throws {
        let stages = """
            stages:
              validate: { needs: [link] }
              link: { reference: students, needs: [validate] }
            """
        #expect(Self.cycleErrors(stages: stages) == [
            "p.yml:21:23: error: stage 'validate' needs 'link', which runs after it: "
                + "validate:students → link → validate:students"
        ])
        let reversed = """
            stages:
              link: { reference: students, needs: [validate] }
              validate: { needs: [link] }
            """
        #expect(Self.cycleErrors(stages: reversed) == [
            "p.yml:22:23: error: stage 'validate' needs 'link', which runs after it: "
                + "validate:students → link → validate:students"
        ])
    }

    @Test func theExampleFilePlansCleanly() throws {
        let plan = try StagePlan(config: PipelineLoader.load(path: Fixtures.path("pipelines/valid.yml")))
        #expect(plan.steps.map(\.name).suffix(3) == ["link", "measure", "report"])
        #expect(Self.describe(plan).last == "report <- validate:district_students, validate:state_assessment, "
            + "validate:youthworks_participants, measure")
    }
}
