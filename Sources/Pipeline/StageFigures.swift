import BackboneCore

/// One stage of a benchmarked run as its manifest records it, with the rates its counts allow:
/// what `backbone bench pipeline` prints per stage.
public struct StageFigures: Sendable, Equatable {
    /// A count the stage handled and the rate it handled it at.
    public struct Rate: Sendable, Equatable {
        /// Plural, for `12,345 rows` and `45,678 rows/s`.
        public var unit: String
        public var count: Double
        public var perSecond: Double
    }

    public var stage: String
    public var seconds: Double
    public var rates: [Rate]

    public init(stage: String, seconds: Double, rates: [Rate]) {
        self.stage = stage
        self.seconds = seconds
        self.rates = rates
    }

    /// Each stage of the manifest in run order, stages of one name added together (a run may
    /// record a stage in several parts), with rates from their record counts.
    public static func of(_ stages: [RunManifest.Stage]) -> [StageFigures] {
        var order: [String] = []
        var seconds: [String: Double] = [:]
        var records: [String: [String: Int]] = [:]
        for stage in stages {
            if seconds[stage.stage] == nil { order.append(stage.stage) }
            seconds[stage.stage, default: 0] += stage.seconds
            records[stage.stage, default: [:]].merge(stage.records, uniquingKeysWith: +)
        }
        return order.map { name in
            let time = seconds[name]!
            return StageFigures(stage: name, seconds: time, rates: rates(name, records[name]!, seconds: time))
        }
    }

    /// Extract: MB (decompressed) and rows; validate: rows checked; link: participants and the
    /// candidate pairs compared; measure: student-years; report: files written.
    static func rates(_ stage: String, _ records: [String: Int], seconds: Double) -> [Rate] {
        let counts: [(unit: String, count: Double?)]
        switch stage {
        case "extract": counts = [("MB", records["bytes"].map { Double($0) / 1e6 }), ("rows", records["rows_read"].map(Double.init))]
        case "validate":
            let checked = records["rows_kept"].map { $0 + (records["rows_set_aside"] ?? 0) }
            counts = [("rows", checked.map(Double.init))]
        case "link": counts = [("participants", records["participants"].map(Double.init)), ("pairs", records["candidate_pairs"].map(Double.init))]
        case "measure": counts = [("student-years", records["student_years"].map(Double.init))]
        case "report": counts = [("files", records["files"].map(Double.init))]
        default: counts = []
        }
        return counts.compactMap { unit, count in
            count.map { Rate(unit: unit, count: $0, perSecond: seconds > 0 ? $0 / seconds : 0) }
        }
    }
}
