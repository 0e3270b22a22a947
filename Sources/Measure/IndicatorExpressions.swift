import BackboneCore

/// An indicator's population and numerator filters, compiled against the student-year frame.
public struct IndicatorExpressions: Sendable {
    public let population: CompiledExpression
    public let numerator: CompiledExpression
    let functions: [String: ExpressionFunction]

    /// What indicator expressions may name: the frame's columns and `program_hours("partner")`.
    public static func environment(programPartners: [String]) -> ExpressionEnvironment {
        var columns: [String: FieldType] = [:]
        for column in StudentYearFrame.columns(programPartners: programPartners) { columns[column.name] = column.type }
        let known = programPartners
        let organization = FunctionSignature.Parameter("organization", .string) { value in
            guard case .string(let id) = value, known.contains(id) else {
                return "'\(value)' is not a community organization in this pipeline; expected one of: "
                    + known.joined(separator: ", ")
            }
            return nil
        }
        return ExpressionEnvironment(
            columns: columns,
            functions: ["program_hours": FunctionSignature(parameters: [organization], result: .number)])
    }

    /// Compiles every indicator's filters, reporting all errors of all indicators at once.
    public static func compile(_ indicators: [IndicatorConfig], programPartners: [String]) throws -> [IndicatorExpressions] {
        let environment = environment(programPartners: programPartners)
        var compiled: [IndicatorExpressions] = []
        var errors: [Diagnostic] = []
        for indicator in indicators {
            var population: CompiledExpression?, numerator: CompiledExpression?
            do {
                population = try Expression.compile(
                    indicator.population, at: indicator.populationLocation, in: environment, expecting: .boolean)
            } catch { errors += error.diagnostics }
            do {
                numerator = try Expression.compile(
                    indicator.numerator, at: indicator.numeratorLocation, in: environment, expecting: .boolean)
            } catch { errors += error.diagnostics }
            if let population, let numerator {
                compiled.append(IndicatorExpressions(population: population, numerator: numerator, functions: functions))
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        return compiled
    }

    /// `program_hours(org)` reads the organization's hours column of the frame.
    static let functions: [String: ExpressionFunction] = [
        "program_hours": { arguments, frame in
            guard case .string(let partner)? = arguments.first,
                let column = frame.column(StudentYearFrame.hoursColumn(partner))
            else {
                return Column(name: "program_hours", type: .decimal, storage: .decimals(
                    Array(repeating: 0, count: frame.rowCount), valid: Array(repeating: false, count: frame.rowCount)))
            }
            return column
        }
    ]

    /// Population and numerator masks over the frame; the numerator counts only within the population.
    public func masks(on frame: Table) throws -> IndicatorCalculator.Masks {
        let population = try population.mask(on: frame, functions: functions)
        let numerator = try numerator.mask(on: frame, functions: functions)
        return IndicatorCalculator.Masks(
            population: population, numerator: zip(population, numerator).map { $0 && $1 })
    }
}
