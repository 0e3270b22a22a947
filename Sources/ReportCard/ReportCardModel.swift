import BackboneCore
import Measure

/// Everything the report card shows, as plain aggregates: no record-level value reaches it.
public struct ReportCardModel: Sendable {
    /// How many of one organization's participants were linked to a district student.
    public struct LinkCount: Sendable {
        public var source: String
        public var partner: String
        public var participants: Int
        /// Links made by each pass, in the order the passes run (`Same state student ID`, …).
        public var linkedByPass: [(pass: String, count: Int)]
        /// Participants whose best candidate awaits a person's decision.
        public var forReview: Int
        public var candidatePairs: Int

        public var linked: Int { linkedByPass.reduce(0) { $0 + $1.count } }

        public init(
            source: String, partner: String, participants: Int, linkedByPass: [(pass: String, count: Int)], forReview: Int,
            candidatePairs: Int
        ) {
            self.source = source
            self.partner = partner
            self.participants = participants
            self.linkedByPass = linkedByPass
            self.forReview = forReview
            self.candidatePairs = candidatePairs
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
    public var links: [LinkCount]
    /// Distinct students and student-years in the frame.
    public var students: Int
    public var studentYears: Int

    public init(
        title: String, partnership: String, vision: String?, backboneVersion: String, minimumCellSize: Int,
        indicators: [IndicatorSeries], quality: [DataQualitySource], links: [LinkCount], students: Int, studentYears: Int
    ) {
        self.title = title
        self.partnership = partnership
        self.vision = vision
        self.backboneVersion = backboneVersion
        self.minimumCellSize = minimumCellSize
        self.indicators = indicators
        self.quality = quality
        self.links = links
        self.students = students
        self.studentYears = studentYears
    }
}
