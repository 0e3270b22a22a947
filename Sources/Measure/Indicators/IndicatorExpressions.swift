import BackboneCore

/// An indicator's filters (and its year expression, if any), compiled against the student-year frame.
public struct IndicatorExpressions: Sendable {
    public let population: CompiledExpression
    public let numerator: CompiledExpression
    public let year: CompiledExpression?

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

    /// Compiles every indicator's expressions, reporting all errors of all indicators at once.
    public static func compile(_ indicators: [IndicatorConfig], programPartners: [String]) throws -> [IndicatorExpressions] {
        let environment = environment(programPartners: programPartners)
        var compiled: [IndicatorExpressions] = []
        var errors: [Diagnostic] = []
        func compile(_ text: String, at location: SourceLocation, expecting type: ExpressionType) -> CompiledExpression? {
            do {
                return try Expression.compile(text, at: location, in: environment, expecting: type)
            } catch {
                errors += error.diagnostics
                return nil
            }
        }
        for indicator in indicators {
            let population = compile(indicator.population, at: indicator.populationLocation, expecting: .boolean)
            let numerator = compile(indicator.numerator, at: indicator.numeratorLocation, expecting: .boolean)
            var year: CompiledExpression?
            if let text = indicator.year {
                year = compile(text, at: indicator.yearLocation ?? indicator.location, expecting: .number)
                if year == nil { continue }
            }
            if let population, let numerator {
                compiled.append(IndicatorExpressions(population: population, numerator: numerator, year: year))
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

    /// Which rows are in the population, which of those meet the numerator, and the school
    /// year each counts in (nil where the year expression is missing or not a whole number).
    public func rows(on frame: Table) throws -> IndicatorRows {
        let population = try population.mask(on: frame, functions: Self.functions)
        let numerator = try numerator.mask(on: frame, functions: Self.functions)
        let years: [Int?]
        if let year {
            years = try year.numbers(on: frame, functions: Self.functions).map { value in
                value.flatMap { $0 == $0.rounded() && abs($0) < 1e6 ? Int($0) : nil }
            }
        } else if case .integers(let values, let valid)? = frame.column("school_year")?.storage {
            years = zip(values, valid).map { $1 ? Int($0) : nil }
        } else {
            years = [Int?](repeating: nil, count: frame.rowCount)
        }
        return IndicatorRows(
            population: population, numerator: zip(population, numerator).map { $0 && $1 }, years: years)
    }
}

/// An indicator's filters evaluated on the frame, one entry per frame row.
public struct IndicatorRows: Sendable {
    public var population: [Bool]
    /// Only within the population.
    public var numerator: [Bool]
    public var years: [Int?]

    public init(population: [Bool], numerator: [Bool], years: [Int?]) {
        self.population = population
        self.numerator = numerator
        self.years = years
    }
}
