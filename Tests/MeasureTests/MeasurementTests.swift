import BackboneCore
import BackboneTestSupport
import Measure
import Testing

/// Disaggregation, gaps, trends and dosage bands on small hand-made frames.
@Suite struct MeasurementTests {
    static let location = SourceLocation(file: "p.yml", line: 1, column: 1)

    static func reading(baseline: Int? = 2023, target: Double? = 0.6, direction: Direction = .up) -> IndicatorConfig {
        IndicatorConfig(
            id: "reading", name: "Reading", description: "", population: "grade == 3 and ela_level != null",
            populationLocation: location, numerator: "ela_level >= 3", numeratorLocation: location,
            baselineYear: baseline, target: target, direction: direction, location: location)
    }

    /// Third graders: 2023 girls 2 of 4, boys 1 of 4 (all 3 of 8); 2024 girls 3 of 4, boys 2 of 4 (all 5 of 8).
    static func readingInputs(hours: [String: Double] = [:]) -> MeasureInputs {
        var people: [[Value]] = [], enrollment: [[Value]] = [], tests: [[Value]] = []
        for year in [2023, 2024] {
            for (sex, proficient) in [("female", year == 2023 ? 2 : 3), ("male", year == 2023 ? 1 : 2)] {
                for i in 0..<4 {
                    let id = "\(year)\(sex.prefix(1))\(i)"
                    people.append([.string(id), .string(sex)])
                    enrollment.append([.string(id), .string("101"), .integer(Int64(year)), .integer(3)])
                    tests.append([.string(id), .integer(Int64(year)), .string("ela"), .integer(i < proficient ? 3 : 2)])
                }
            }
        }
        let program = TableFixture.make(
            .program, fields: ["person_id", "program", "school_year", "hours"],
            rows: hours.map { [.string("P-\($0.key)"), .string("Club"), .integer(2024), .decimal($0.value)] })
        var crosswalk = Crosswalk()
        for id in hours.keys { crosswalk.add(source: "yw_people", personId: "P-\(id)", link: .init(studentId: id, pass: "state_id")) }
        return MeasureInputs(
            students: TableFixture.make(.person, fields: ["person_id", "sex"], rows: people),
            enrollment: [TableFixture.make(.enrollment, fields: ["person_id", "school_id", "school_year", "grade"], rows: enrollment)],
            attendance: [],
            assessment: [TableFixture.make(.assessment, fields: ["person_id", "school_year", "subject", "performance_level"], rows: tests)],
            programs: [.init(partner: "youthworks", table: program, personSources: ["yw_people"])], postsecondary: [],
            crosswalk: crosswalk, programPartners: ["youthworks"])
    }

    static func compute(_ definition: IndicatorConfig, _ inputs: MeasureInputs, minimum: Int = 1) throws -> IndicatorSeries {
        let expressions = try IndicatorExpressions.compile([definition], programPartners: inputs.programPartners)
        return try Measurement.indicators(
            [definition], expressions: expressions, frame: StudentYearFrame(inputs),
            settings: MeasureSettings(
                suppression: .init(minimumCellSize: minimum), organizations: [.init(id: "youthworks", name: "YouthWorks")]))[0]
    }

    @Test func gapsToAllStudentsAndToTheBestServedGroup() throws {
        let series = try Self.compute(Self.reading(), Self.readingInputs())
        let girls = try #require(series.result(year: 2024, dimension: "sex", group: "female"))
        let boys = try #require(series.result(year: 2024, dimension: "sex", group: "male"))
        #expect(girls.value == 0.75 && boys.value == 0.5)
        #expect(girls.gapToAll == 0.125 && boys.gapToAll == -0.125)
        #expect(girls.gapToBest == 0 && boys.gapToBest == -0.25)
        #expect(series.result(year: 2024)?.gapToAll == nil)
    }

    @Test func changeSinceBaselineTrendAndTarget() throws {
        let series = try Self.compute(Self.reading(), Self.readingInputs())
        let all = try #require(series.result(year: 2024))
        #expect(all.value == 0.625 && all.changeSinceBaseline == 0.25 && all.trend == .improving && all.targetMet == true)
        let boys = try #require(series.result(year: 2024, dimension: "sex", group: "male"))
        #expect(boys.changeSinceBaseline == 0.25 && boys.trend == .improving && boys.targetMet == false)
        let baseline = try #require(series.result(year: 2023))
        #expect(baseline.changeSinceBaseline == 0 && baseline.trend == .unchanged)
        // When lower is better, the same rise is a worsening, and the target is a ceiling.
        let down = try Self.compute(Self.reading(target: 0.5, direction: .down), Self.readingInputs())
        #expect(down.result(year: 2024)?.trend == .worsening && down.result(year: 2024)?.targetMet == false)
        #expect(down.result(year: 2024, dimension: "sex", group: "male")?.gapToBest == 0)
        // Without a baseline year there is no change to report.
        let noBaseline = try Self.compute(Self.reading(baseline: nil, target: nil), Self.readingInputs())
        #expect(noBaseline.result(year: 2024)?.trend == nil && noBaseline.result(year: 2024)?.targetMet == nil)
    }

    /// A hidden or bounded value takes part in no comparison, so none gives it away.
    @Test func hiddenValuesAreNeverCompared() throws {
        let series = try Self.compute(Self.reading(), Self.readingInputs(), minimum: 5)
        let girls = try #require(series.result(year: 2024, dimension: "sex", group: "female"))
        #expect(girls.suppression == .smallCell && girls.value == nil)
        #expect(girls.gapToAll == nil && girls.gapToBest == nil && girls.changeSinceBaseline == nil && girls.trend == nil)
        #expect(series.result(year: 2024)?.trend == .improving)
    }

    /// Hours 0, 10, 30 and 95 fall in the bands none, under 30, 30 to under 90 and 90 or more.
    @Test func dosageBandsAndParticipationByOrganization() throws {
        let hours = ["2024f0": 10.0, "2024f1": 30, "2024m0": 95]
        let series = try Self.compute(Self.reading(), Self.readingInputs(hours: hours))
        func count(_ dimension: String, _ group: String) -> Int? {
            series.result(year: 2024, dimension: dimension, group: group)?.denominator
        }
        #expect(["none", "under_30", "30_to_90", "90_plus"].map { count("program_dosage", $0) } == [5, 1, 1, 1])
        #expect(count("participant_youthworks", "yes") == 3 && count("participant_youthworks", "no") == 5)
        #expect(count("dosage_youthworks", "90_plus") == 1)
        let labels = series.results.filter { $0.schoolYear == 2024 && $0.dimension == "program_dosage" }.map(\.groupLabel)
        #expect(labels == ["No program hours", "Fewer than 30 hours", "30 to fewer than 90 hours", "90 hours or more"])
        #expect(series.dimensions.map(\.id).suffix(2) == ["participant_youthworks", "dosage_youthworks"])
    }
}

/// `explain`: the count after each filter, for one year and group.
@Suite struct IndicatorExplanationTests {
    static let settings = MeasureSettings(
        suppression: .init(minimumCellSize: 5), organizations: [.init(id: "youthworks", name: "YouthWorks")])

    func explain(year: Int?, group: String?) throws -> IndicatorExplanation {
        let inputs = MeasurementTests.readingInputs()
        let definition = MeasurementTests.reading()
        let expressions = try IndicatorExpressions.compile([definition], programPartners: ["youthworks"])
        return try Measurement.explain(
            definition, expressions: expressions[0], frame: StudentYearFrame(inputs), settings: Self.settings,
            year: year, group: group.flatMap(GroupChoice.init))
    }

    @Test func countsEachFilterInTurn() throws {
        let explanation = try explain(year: 2024, group: "sex=female")
        #expect(explanation.steps.map(\.label) == [
            "student-years in the frame", "counted in 2023–24", "in Sex: Female", "and grade == 3", "and ela_level != null",
        ])
        #expect(explanation.steps.map(\.count) == [16, 8, 4, 4, 4])
        #expect(explanation.numerator.count == 3)
        #expect(explanation.rows.count == 4 && explanation.inNumerator.filter { $0 }.count == 3)
        #expect(Set(explanation.rowYears) == [2024])
        // The published cell is small here (4 < 5): it is explained, and said to be hidden.
        #expect(explanation.results.map(\.suppression) == [.smallCell])
    }

    @Test func withoutYearOrGroupEveryReportedYearOfAllStudents() throws {
        let explanation = try explain(year: nil, group: nil)
        #expect(explanation.steps.map(\.count) == [16, 16, 16, 16])
        #expect(explanation.numerator.count == 8)
        #expect(explanation.results.map(\.schoolYear) == [2023, 2024])
    }

    @Test func anUnknownGroupNamesTheChoices() throws {
        #expect(throws: Diagnostic.self) { try explain(year: 2024, group: "sex=other") }
        do {
            _ = try explain(year: 2024, group: "gender=female")
        } catch let error as Diagnostic {
            #expect(error.description.contains("unknown dimension 'gender'; expected one of: all, race_ethnicity, sex"))
        }
    }
}
