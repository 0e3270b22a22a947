/// The data-quality account of one source, for the data team: aggregates and line numbers only.
public struct DataQualitySource: Sendable {
    /// One rule's failures.
    public struct RuleLine: Sendable {
        public var name: String
        public var severity: String
        public var failures: Int
        /// Where the first failures are (`enrollment.csv:17`): places, never values.
        public var firstLocations: [String]

        public init(name: String, severity: String, failures: Int, firstLocations: [String]) {
            self.name = name
            self.severity = severity
            self.failures = failures
            self.firstLocations = firstLocations
        }
    }

    /// One canonical field's completeness among kept rows.
    public struct FieldLine: Sendable {
        public var field: String
        public var missing: Int
        public var previousMissingShare: Double?

        public init(field: String, missing: Int, previousMissingShare: Double?) {
            self.field = field
            self.missing = missing
            self.previousMissingShare = previousMissingShare
        }
    }

    public var id: String
    public var partner: String
    public var table: String
    public var rowsRead: Int
    public var rowsKept: Int
    public var rowsQuarantined: Int
    /// Rows read by the previous published run, when there was one.
    public var previousRowsRead: Int?
    public var rules: [RuleLine]
    public var fields: [FieldLine]

    public init(
        id: String, partner: String, table: String, rowsRead: Int, rowsKept: Int, rowsQuarantined: Int,
        previousRowsRead: Int?, rules: [RuleLine], fields: [FieldLine]
    ) {
        self.id = id
        self.partner = partner
        self.table = table
        self.rowsRead = rowsRead
        self.rowsKept = rowsKept
        self.rowsQuarantined = rowsQuarantined
        self.previousRowsRead = previousRowsRead
        self.rules = rules
        self.fields = fields
    }
}
