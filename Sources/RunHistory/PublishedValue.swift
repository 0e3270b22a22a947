import GRDB

/// One row of a published `indicators.csv`, as published: a hidden cell has no numerator and
/// (unless it is shown as a bound) no denominator, so the history holds nothing the card hides.
public struct PublishedValue: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "indicator_values"

    /// Identifies a value across runs.
    public struct Key: Hashable, Sendable {
        public var indicator: String
        public var schoolYear: Int
        public var dimension: String
        public var group: String
    }

    public var runID: String
    public var indicator: String
    public var schoolYear: Int
    public var dimension: String
    /// The group's code (`group` in indicators.csv); a school's is its code.
    public var group: String
    /// As published: a school's is its name.
    public var groupLabel: String
    public var numerator: Int?
    public var denominator: Int?
    /// As published, to four decimals; nil when hidden or when the denominator is zero.
    public var value: Double?
    /// `small_cell`, `complementary`, `top_coded` or `bottom_coded`.
    public var suppression: String?
    /// A top- or bottom-coded cell's bound, `>=0.9900`.
    public var bound: String?

    public init(
        runID: String, indicator: String, schoolYear: Int, dimension: String, group: String, groupLabel: String,
        numerator: Int?, denominator: Int?, value: Double?, suppression: String?, bound: String?
    ) {
        self.runID = runID
        self.indicator = indicator
        self.schoolYear = schoolYear
        self.dimension = dimension
        self.group = group
        self.groupLabel = groupLabel
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.suppression = suppression
        self.bound = bound
    }

    public var key: Key { Key(indicator: indicator, schoolYear: schoolYear, dimension: dimension, group: group) }

    /// Whether two runs published the same thing for this cell (labels aside).
    public func publishesSame(as other: PublishedValue) -> Bool {
        numerator == other.numerator && denominator == other.denominator && value == other.value
            && suppression == other.suppression && bound == other.bound
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case runID = "run_id", indicator, schoolYear = "school_year", dimension, group = "group_code"
        case groupLabel = "group_label", numerator, denominator, value, suppression = "suppression_reason"
        case bound = "value_bound"
    }
}
