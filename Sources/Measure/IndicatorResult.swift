import BackboneCore

/// Why a value is not published.
public enum Suppression: String, Sendable {
    /// Fewer students than the minimum cell size.
    case smallCell = "small_cell"
    /// Hidden so a small cell cannot be recovered by subtraction from the total.
    case complementary

    public var explanation: String {
        switch self {
        case .smallCell: return "fewer students than the minimum group size"
        case .complementary: return "hidden so that a smaller group cannot be worked out from the total"
        }
    }
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

    public init(
        indicator: String, schoolYear: Int, dimension: String, group: String, groupLabel: String, numerator: Int,
        denominator: Int, suppression: Suppression?
    ) {
        self.indicator = indicator
        self.schoolYear = schoolYear
        self.dimension = dimension
        self.group = group
        self.groupLabel = groupLabel
        self.numerator = numerator
        self.denominator = denominator
        self.suppression = suppression
    }

    /// The share, or nil when suppressed or the denominator is zero.
    public var value: Double? {
        guard suppression == nil, denominator > 0 else { return nil }
        return Double(numerator) / Double(denominator)
    }
}

/// An indicator's definition and every cell computed for it.
public struct IndicatorSeries: Sendable {
    public var definition: IndicatorConfig
    /// Sorted by school year, then dimension in display order, then group code.
    public var results: [IndicatorResult]

    public var years: [Int] { Array(Set(results.map(\.schoolYear))).sorted() }

    public func result(year: Int, dimension: String = "all", group: String = "all") -> IndicatorResult? {
        results.first { $0.schoolYear == year && $0.dimension == dimension && $0.group == group }
    }
}
