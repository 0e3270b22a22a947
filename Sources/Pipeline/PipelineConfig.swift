import BackboneCore
import Extract
import Linkage
import Measure
import Validate

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
    /// Declared under each source as `rules:` and `threshold:`; sources in file order,
    /// only those that declare any.
    public var sources: [SourceRules] = []
}

public struct LinkStageConfig: Sendable {
    public var common: StageCommon
    /// The person source every other person source is linked to (the district roster).
    public var reference: String
    /// Blocking, thresholds and the EM prior of the probabilistic pass.
    public var probabilistic: ProbabilisticLinkSettings
    /// Reviewers' accept/reject verdicts (CSV), relative to the pipeline file; read on every run.
    public var decisions: String?
    /// The source of table `school` whose names partners' school texts are matched to.
    public var schools: String?
}

public struct MeasureStageConfig: Sendable {
    public var common: StageCommon
    /// Smallest denominator published; smaller cells are suppressed.
    public var minimumCellSize: Int
    /// How rates near 0% or 100% are shown.
    public var topBottomCoding: TopBottomCoding
    /// Hours where one dosage band of program hours ends and the next begins, ascending.
    public var dosageBands: [Double]
    public var indicators: [IndicatorConfig]
}

public struct ReportStageConfig: Sendable {
    public var common: StageCommon
    /// Folder of Mustache templates and the stylesheet, relative to the pipeline file.
    public var templates: String
    public var title: String?
}
