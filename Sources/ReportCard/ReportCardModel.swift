import BackboneCore
import Linkage
import Measure

/// Everything the report card shows, as plain aggregates: no record-level value reaches it.
public struct ReportCardModel: Sendable {
    /// One organization's linkage to the district roster: its summary holds aggregates only.
    public struct LinkedSource: Sendable {
        /// The organization's display name.
        public var partner: String
        public var summary: LinkSummary

        public init(partner: String, summary: LinkSummary) {
            self.partner = partner
            self.summary = summary
        }
    }

    /// The match probabilities at or above which a best candidate is linked, or sent to review.
    public struct LinkThresholds: Sendable {
        public var link: Double
        public var review: Double

        public init(link: Double, review: Double) {
            self.link = link
            self.review = review
        }
    }

    public var title: String
    public var partnership: String
    public var vision: String?
    public var backboneVersion: String
    public var minimumCellSize: Int
    public var indicators: [IndicatorSeries]
    /// Every source, in pipeline order.
    public var quality: [DataQualitySource]
    /// Every organization linked, in pipeline order.
    public var links: [LinkedSource]
    public var linkThresholds: LinkThresholds
    /// Distinct students and student-years in the frame.
    public var students: Int
    public var studentYears: Int
    /// School names by school code, shown instead of codes wherever the school dimension appears.
    public var schoolNames: [String: String]
    public var methodology: Methodology?
    /// The community organizations with program hours (id and name), in pipeline order: each gets a partner page.
    public var organizations: [(id: String, name: String)]

    public init(
        title: String, partnership: String, vision: String?, backboneVersion: String, minimumCellSize: Int,
        indicators: [IndicatorSeries], quality: [DataQualitySource], links: [LinkedSource],
        linkThresholds: LinkThresholds, students: Int, studentYears: Int, schoolNames: [String: String] = [:],
        methodology: Methodology? = nil, organizations: [(id: String, name: String)] = []
    ) {
        self.title = title
        self.partnership = partnership
        self.vision = vision
        self.backboneVersion = backboneVersion
        self.minimumCellSize = minimumCellSize
        self.indicators = indicators
        self.quality = quality
        self.links = links
        self.linkThresholds = linkThresholds
        self.students = students
        self.studentYears = studentYears
        self.schoolNames = schoolNames
        self.methodology = methodology
        self.organizations = organizations
    }
}
