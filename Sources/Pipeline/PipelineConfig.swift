import BackboneCore

/// A pipeline file, decoded and checked: what every stage is configured from.
///
/// Stages never see YAML; each gets its own typed part of this value. Every node keeps the
/// location it was read from, so later checks (and runtime errors) can still point at it.
public struct PipelineConfig: Sendable {
    /// The pipeline file itself; relative paths inside it resolve against its folder.
    public var file: String
    public var partnership: PartnershipConfig
    /// In file order.
    public var partners: [PartnerConfig]
    /// In file order.
    public var sources: [SourceConfig]
    public var stages: StagesConfig

    public init(
        file: String, partnership: PartnershipConfig, partners: [PartnerConfig], sources: [SourceConfig],
        stages: StagesConfig
    ) {
        self.file = file
        self.partnership = partnership
        self.partners = partners
        self.sources = sources
        self.stages = stages
    }
}

public struct PartnershipConfig: Sendable {
    public var name: String
    public var vision: String?
    public var location: SourceLocation
}

public enum PartnerKind: String, Sendable, CaseIterable {
    /// A school district: its students are the population everyone else links to.
    case district
    /// A state agency or assessment vendor sending results keyed by district IDs.
    case state
    /// An early-learning provider.
    case earlyLearning = "early_learning"
    /// A community-based organization: participants carry no district ID and must be linked.
    case cbo
    /// A postsecondary data provider (National Student Clearinghouse).
    case postsecondary
}

public struct PartnerConfig: Sendable {
    public var id: String
    public var name: String
    public var kind: PartnerKind
    public var location: SourceLocation
}

public enum SourceFormat: String, Sendable, CaseIterable {
    case csv
    case xml
}

public struct SourceConfig: Sendable {
    public var id: String
    public var partner: String
    /// As written in the file (may contain one `*` in its last component).
    public var path: String
    public var format: SourceFormat
    public var table: CanonicalTable
    /// CSV only.
    public var encoding: TextEncoding
    /// CSV only: one of `,` `;` tab `|`.
    public var delimiter: UInt8
    /// XML only: the element whose every occurrence is one record.
    public var recordElement: String?
    /// Raw values read as null in addition to the empty string.
    public var nullValues: [String]
    /// In file order.
    public var fields: [FieldMapping]
    public var location: SourceLocation
}

/// How one canonical field is read from an export.
public struct FieldMapping: Sendable {
    public enum Origin: Sendable, Equatable {
        /// A CSV header, matched ignoring case, spaces and punctuation.
        case column(String)
        /// An XML path relative to the record element: `A/B/C`, `A/@attr`, `A[Child='v']/B`.
        case path(String)
        /// The same value for every row (e.g. a subject for a single-subject file).
        case constant(String)
    }

    /// Canonical field name.
    public var field: String
    public var origin: Origin
    /// Date fields: the layouts tried in order (defaults when empty).
    public var dateLayouts: [DateLayout]
    /// Raw value → canonical value; tried on the whole value, then on the part after the
    /// last `#` (so Ed-Fi descriptor URIs map by their code value).
    public var codes: [String: String]
    public var location: SourceLocation
}

public struct StagesConfig: Sendable {
    public var validate: ValidateStageConfig
    public var link: LinkStageConfig
    public var measure: MeasureStageConfig
    public var report: ReportStageConfig
}

/// Settings shared by every stage.
public struct StageCommon: Sendable {
    /// Extra stages this one must run after, beyond the data it reads.
    public var needs: [String]
    /// Where each of `needs` is written, so a cycle can point at the entry that closed it.
    public var needsLocations: [SourceLocation]
    public var location: SourceLocation
}

public struct ValidateStageConfig: Sendable {
    public var common: StageCommon
}

public struct LinkStageConfig: Sendable {
    public var common: StageCommon
    /// The person source every other person source is linked to (the district roster).
    public var reference: String
}

public struct MeasureStageConfig: Sendable {
    public var common: StageCommon
    /// Smallest denominator published; smaller cells are suppressed.
    public var minimumCellSize: Int
    public var indicators: [IndicatorConfig]
}

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
}

public struct ReportStageConfig: Sendable {
    public var common: StageCommon
    /// Folder of Mustache templates and the stylesheet, relative to the pipeline file.
    public var templates: String
    public var title: String?
}
