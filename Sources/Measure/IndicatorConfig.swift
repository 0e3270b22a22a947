import BackboneCore

public enum Direction: String, Sendable, CaseIterable {
    case up
    case down
}

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
    public var baselineYear: Int?
    public var target: Double?
    public var direction: Direction
    public var location: SourceLocation

    public init(
        id: String, name: String, description: String, population: String, populationLocation: SourceLocation,
        numerator: String, numeratorLocation: SourceLocation, baselineYear: Int? = nil, target: Double? = nil,
        direction: Direction, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.population = population
        self.populationLocation = populationLocation
        self.numerator = numerator
        self.numeratorLocation = numeratorLocation
        self.baselineYear = baselineYear
        self.target = target
        self.direction = direction
        self.location = location
    }
}
