import BackboneCore

public enum Direction: String, Sendable, CaseIterable {
    case up
    case down
}

/// An indicator as the pipeline file declares it: filters over the student-year frame, the
/// school years it reports, and its baseline and target.
public struct IndicatorConfig: Sendable {
    public var id: String
    public var name: String
    public var description: String
    /// Expression over the student-year frame selecting the denominator.
    public var population: String
    public var populationLocation: SourceLocation
    /// Expression selecting the numerator within the population.
    public var numerator: String
    public var numeratorLocation: SourceLocation
    /// Expression giving the school year a row counts in (default: the row's `school_year`),
    /// e.g. `cohort_year + 3` to report a graduation cohort in its expected graduation year.
    public var year: String?
    public var yearLocation: SourceLocation?
    /// The school years reported; nil for every year the frame has.
    public var years: [Int]?
    public var baselineYear: Int?
    public var target: Double?
    public var direction: Direction
    public var location: SourceLocation

    public init(
        id: String, name: String, description: String, population: String, populationLocation: SourceLocation,
        numerator: String, numeratorLocation: SourceLocation, year: String? = nil, yearLocation: SourceLocation? = nil,
        years: [Int]? = nil, baselineYear: Int? = nil, target: Double? = nil, direction: Direction,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.population = population
        self.populationLocation = populationLocation
        self.numerator = numerator
        self.numeratorLocation = numeratorLocation
        self.year = year
        self.yearLocation = yearLocation
        self.years = years
        self.baselineYear = baselineYear
        self.target = target
        self.direction = direction
        self.location = location
    }
}
