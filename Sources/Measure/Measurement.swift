import BackboneCore

/// How the measure stage breaks down, protects and compares its results.
public struct MeasureSettings: Sendable {
    public struct Organization: Sendable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var suppression: CellSuppressor.Settings
    /// Hours where one dosage band ends and the next begins, ascending.
    public var dosageCuts: [Double]
    /// Community organizations with program hours, in the order of the frame's hours columns.
    public var organizations: [Organization]

    public static let defaultDosageCuts: [Double] = [30, 90]

    public init(suppression: CellSuppressor.Settings, dosageCuts: [Double] = defaultDosageCuts, organizations: [Organization]) {
        self.suppression = suppression
        self.dosageCuts = dosageCuts
        self.organizations = organizations
    }

    public var dimensions: [Dimension] {
        Dimension.disaggregation(organizations: organizations.map { ($0.id, $0.name) }, dosageCuts: dosageCuts)
    }
}

/// Every declared indicator over one frame: the frame's groups are coded once, then each
/// indicator is filtered, counted, suppressed and compared.
public enum Measurement {
    public static func indicators(
        _ definitions: [IndicatorConfig], expressions: [IndicatorExpressions], frame: StudentYearFrame,
        settings: MeasureSettings
    ) throws -> [IndicatorSeries] {
        let coding = GroupCoding(frame: frame.table, dimensions: settings.dimensions)
        // Indicators run side by side; each result lands in its own slot, in declared order.
        let results = Parallel.map(definitions.count) { i in
            Result {
                IndicatorCalculator.compute(
                    definitions[i], rows: try expressions[i].rows(on: frame.table), coding: coding,
                    schoolYears: frame.schoolYears, suppression: settings.suppression)
            }
        }
        return try results.map { try $0.get() }
    }
}
