import BackboneCore

/// How one published number was computed: the rows left after each filter step, for one
/// school year and group (or all of them), and which frame rows contributed.
///
/// Record-level only as frame row numbers; the caller decides where those may go.
public struct IndicatorExplanation: Sendable {
    public struct Step: Sendable, Hashable {
        /// `counted in 2025–26`, `and grade == 3`, …
        public var label: String
        public var count: Int
    }

    public var definition: IndicatorConfig
    /// From the whole frame down to the population, one filter at a time.
    public var steps: [Step]
    /// The population rows that meet the numerator.
    public var numerator: Step
    /// The population's frame rows, ascending, with the year each counts in and whether it is in the numerator.
    public var rows: [Int]
    public var rowYears: [Int]
    public var inNumerator: [Bool]
    /// The published results for the chosen year and group (every year when none was chosen).
    public var results: [IndicatorResult]
}

/// A group chosen as `dimension=code`, e.g. `race_ethnicity=black`.
public struct GroupChoice: Sendable, Hashable {
    public var dimension: String
    public var group: String

    public init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0.trimmingSpaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        dimension = parts[0]
        group = parts[1]
    }
}

extension Measurement {
    /// Explains one indicator on a frame.
    ///
    /// - Throws: a diagnostic naming what exists when the group's dimension or code is unknown.
    public static func explain(
        _ definition: IndicatorConfig, expressions: IndicatorExpressions, frame: StudentYearFrame,
        settings: MeasureSettings, year: Int?, group: GroupChoice?
    ) throws -> IndicatorExplanation {
        let table = frame.table
        let coding = GroupCoding(frame: table, dimensions: settings.dimensions)
        var keep = [Bool](repeating: true, count: table.rowCount)
        var steps = [IndicatorExplanation.Step(label: "student-years in the frame", count: table.rowCount)]
        func narrow(_ label: String, _ mask: [Bool]) {
            for row in keep.indices where keep[row] && !mask[row] { keep[row] = false }
            steps.append(.init(label: label, count: keep.reduce(0) { $0 + ($1 ? 1 : 0) }))
        }
        let rows = try expressions.rows(on: table)
        let reported = Set(frame.schoolYears.filter { definition.years?.contains($0) ?? true })
        narrow(
            year.map { "counted in \(SchoolYear.label($0))" } ?? "counted in a reported school year",
            rows.years.map { counted in counted.map { year == nil ? reported.contains($0) : $0 == year } ?? false })
        if let group {
            let (dimension, code) = try Self.locate(group, in: coding)
            let label = "\(coding.dimensions[dimension].label): \(coding.groups[dimension][code].label)"
            let rowGroups = coding.rowGroups[dimension]
            narrow("in \(label)", (0..<table.rowCount).map { rowGroups.isEmpty || rowGroups[$0] == UInt16(code) })
        }
        for conjunct in Self.conjuncts(of: expressions.population.syntax) {
            let filter = try Expression.compile(
                conjunct.description, at: definition.populationLocation,
                in: IndicatorExpressions.environment(programPartners: settings.organizations.map(\.id)), expecting: .boolean)
            narrow("and \(conjunct.description)", try filter.mask(on: table, functions: IndicatorExpressions.functions))
        }
        let members = keep.indices.filter { keep[$0] }
        let numerator = members.map { rows.numerator[$0] }
        let series = IndicatorCalculator.compute(
            definition, rows: rows, coding: coding, schoolYears: frame.schoolYears, suppression: settings.suppression)
        return IndicatorExplanation(
            definition: definition, steps: steps,
            numerator: .init(label: "numerator: \(expressions.numerator.description)", count: numerator.filter { $0 }.count),
            rows: members, rowYears: members.map { rows.years[$0]! }, inNumerator: numerator,
            results: series.results.filter { result in
                (year.map { result.schoolYear == $0 } ?? true)
                    && (group.map { result.dimension == $0.dimension && result.group == $0.group }
                        ?? (result.dimension == "all"))
            })
    }

    /// The top-level `and` operands of an expression, left to right.
    static func conjuncts(of node: ExpressionNode) -> [ExpressionNode] {
        if case .binary(.and, let left, let right, _) = node.kind { return conjuncts(of: left) + conjuncts(of: right) }
        return [node]
    }

    private static func locate(_ group: GroupChoice, in coding: GroupCoding) throws -> (dimension: Int, group: Int) {
        guard let dimension = coding.dimensions.firstIndex(where: { $0.id == group.dimension }) else {
            throw Diagnostic.error(
                "unknown dimension '\(group.dimension)'; expected one of: " + coding.dimensions.map(\.id).joined(separator: ", "))
        }
        guard let code = coding.groups[dimension].firstIndex(where: { $0.code == group.group }) else {
            throw Diagnostic.error(
                "dimension '\(group.dimension)' has no group '\(group.group)'; expected one of: "
                    + coding.groups[dimension].map(\.code).joined(separator: ", "))
        }
        return (dimension, code)
    }
}
