import BackboneCore
import BackboneTestSupport
import Measure
import Testing

/// 30,000 students over three years from a fixed-seed generator: the parallel, chunked
/// group-by agrees with a plain row-by-row count over the frame, and two runs agree exactly.
@Suite struct MeasurementScaleTests {
    static let inputs: MeasureInputs = {
        var random = SplitMix64(seed: 2026)
        var people: [[Value]] = [], enrollment: [[Value]] = [], attendance: [[Value]] = []
        for student in 0..<30_000 {
            let id = String(500_000 + student * 7 % 30_000)
            people.append([.string(id), random.below(40) == 0 ? .null : .string(random.below(2) == 0 ? "female" : "male")])
            for year in 2024...2026 where random.below(5) > 0 {
                enrollment.append([
                    .string(id), .string(["101", "102", "201", "301"][random.below(4)]), .integer(Int64(year)),
                    .integer(Int64(random.below(13))), .boolean(random.below(3) == 0),
                ])
                let enrolled = random.below(181)
                attendance.append([.string(id), .integer(Int64(year)), .integer(Int64(enrolled)), .integer(Int64(enrolled - random.below(enrolled / 4 + 1)))])
            }
        }
        return MeasureInputs(
            students: TableFixture.make(.person, fields: ["person_id", "sex"], rows: people),
            enrollment: [TableFixture.make(
                .enrollment, fields: ["person_id", "school_id", "school_year", "grade", "economically_disadvantaged"], rows: enrollment)],
            attendance: [TableFixture.make(.attendance, fields: ["person_id", "school_year", "days_enrolled", "days_present"], rows: attendance)],
            assessment: [], programs: [], postsecondary: [], crosswalk: Crosswalk(), programPartners: [])
    }()

    static let absence = IndicatorConfig(
        id: "chronic_absence", name: "Chronic absence", description: "", population: "days_enrolled >= 10",
        populationLocation: SourceLocation(file: "p.yml", line: 1, column: 1), numerator: "days_absent / days_enrolled >= 0.1",
        numeratorLocation: SourceLocation(file: "p.yml", line: 2, column: 1), baselineYear: 2024, direction: .down,
        location: SourceLocation(file: "p.yml"))

    static func compute() throws -> IndicatorSeries {
        let expressions = try IndicatorExpressions.compile([absence], programPartners: [])
        return try Measurement.indicators(
            [absence], expressions: expressions, frame: StudentYearFrame(inputs),
            settings: MeasureSettings(suppression: .init(minimumCellSize: 1), organizations: []))[0]
    }

    @Test func chunkedCountsAgreeWithARowByRowCount() throws {
        let series = try Self.compute()
        let frame = StudentYearFrame(Self.inputs).table
        #expect(frame.rowCount > 60_000)
        var expected: [String: (Int, Int)] = [:]
        for row in 0..<frame.rowCount {
            guard case .integer(let enrolled) = frame[row, "days_enrolled"], enrolled >= 10,
                case .integer(let absent) = frame[row, "days_absent"], case .integer(let year) = frame[row, "school_year"],
                case .string(let school) = frame[row, "school_id"]
            else { continue }
            let met = Double(absent) / Double(enrolled) >= 0.1 ? 1 : 0
            var keys = ["\(year)|all|all", "\(year)|school|\(school)"]
            if case .string(let sex) = frame[row, "sex"] { keys.append("\(year)|sex|\(sex)") }
            if case .boolean(let flag) = frame[row, "economically_disadvantaged"] {
                keys.append("\(year)|economically_disadvantaged|\(flag ? "yes" : "no")")
            }
            for key in keys { expected[key, default: (0, 0)] = (expected[key, default: (0, 0)].0 + met, expected[key, default: (0, 0)].1 + 1) }
        }
        let published = series.results.filter { ["all", "school", "sex", "economically_disadvantaged"].contains($0.dimension) }
        #expect(published.count == expected.count)
        for result in published {
            let counts = expected["\(result.schoolYear)|\(result.dimension)|\(result.group)"]
            #expect(counts?.0 == result.numerator && counts?.1 == result.denominator, "\(result.dimension) \(result.group)")
        }
    }

    @Test func twoRunsGiveTheSameResults() throws {
        let first = try Self.compute().results, second = try Self.compute().results
        #expect(first.map(\.numerator) == second.map(\.numerator))
        #expect(first.map(\.denominator) == second.map(\.denominator))
        #expect(first.map(\.suppression) == second.map(\.suppression))
        #expect(first.map(\.gapToBest) == second.map(\.gapToBest))
    }
}
