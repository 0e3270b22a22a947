import BackboneCore

/// Why a value is not published exactly.
public enum Suppression: String, Sendable, CaseIterable {
    /// Fewer students than the minimum cell size.
    case smallCell = "small_cell"
    /// Hidden so that a protected cell cannot be worked out from the published ones.
    case complementary
    /// Nearly everyone met the standard: shown as a lower bound.
    case topCoded = "top_coded"
    /// Nearly no one met the standard: shown as an upper bound.
    case bottomCoded = "bottom_coded"

    public var explanation: String {
        switch self {
        case .smallCell: return "fewer students than the minimum group size"
        case .complementary: return "hidden so that a smaller group cannot be worked out from the others"
        case .topCoded: return "nearly all of a group met the standard, so only a bound is shown"
        case .bottomCoded: return "nearly none of a group met the standard, so only a bound is shown"
        }
    }
}

/// Which way a value moved since the baseline year, judged by the indicator's direction.
public enum Trend: String, Sendable {
    /// Toward the target (or further past it).
    case improving
    case worsening
    case unchanged
}

/// One published (or suppressed) cell: an indicator for one group in one school year.
public struct IndicatorResult: Sendable {
    public var indicator: String
    public var schoolYear: Int
    public var dimension: String
    public var group: String
    public var groupLabel: String
    public var numerator: Int
    public var denominator: Int
    public var suppression: Suppression?
    /// For a top- or bottom-coded cell: the bound shown instead of the value.
    public var bound: ValueBound?
    /// This value minus the best-served published group's in the same dimension and year.
    public var gapToBest: Double?
    /// This value minus all students' in the same year.
    public var gapToAll: Double?
    /// This value minus the same group's in the baseline year.
    public var changeSinceBaseline: Double?
    public var trend: Trend?
    /// Whether the value meets the indicator's target.
    public var targetMet: Bool?

    public init(
        indicator: String, schoolYear: Int, dimension: String, group: String, groupLabel: String, numerator: Int,
        denominator: Int, suppression: Suppression? = nil, bound: ValueBound? = nil
    ) {
        self.indicator = indicator
        self.schoolYear = schoolYear
        self.dimension = dimension
        self.group = group
        self.groupLabel = groupLabel
        self.numerator = numerator
        self.denominator = denominator
        self.suppression = suppression
        self.bound = bound
    }

    /// The share, or nil when not published exactly or the denominator is zero.
    public var value: Double? {
        guard suppression == nil, denominator > 0 else { return nil }
        return Double(numerator) / Double(denominator)
    }

    /// Whether the denominator is published (a bounded cell shows it; a hidden one does not).
    public var showsDenominator: Bool { suppression == nil || bound != nil }
}

/// An indicator's definition and every cell computed for it.
public struct IndicatorSeries: Sendable {
    public var definition: IndicatorConfig
    /// The dimensions the results are broken down by, in display order.
    public var dimensions: [(id: String, label: String)]
    /// Sorted by school year, then dimension in display order, then group in publishing order.
    public var results: [IndicatorResult]

    public init(definition: IndicatorConfig, dimensions: [(id: String, label: String)], results: [IndicatorResult]) {
        self.definition = definition
        self.dimensions = dimensions
        self.results = results
    }

    public var years: [Int] { Array(Set(results.map(\.schoolYear))).sorted() }

    public func result(year: Int, dimension: String = "all", group: String = "all") -> IndicatorResult? {
        results.first { $0.schoolYear == year && $0.dimension == dimension && $0.group == group }
    }
}
