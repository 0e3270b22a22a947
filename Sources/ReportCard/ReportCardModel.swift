import BackboneCore
import Measure

/// Everything the report card shows, as plain aggregates: no record-level value reaches it.
public struct ReportCardModel: Sendable {
    /// How one source's rows were accounted for.
    public struct SourceCount: Sendable {
        public var id: String
        public var partner: String
        public var table: String
        public var files: Int
        public var rowsRead: Int
        public var rowsKept: Int
        public var rowsRejected: Int

        public init(id: String, partner: String, table: String, files: Int, rowsRead: Int, rowsKept: Int, rowsRejected: Int) {
            self.id = id
            self.partner = partner
            self.table = table
            self.files = files
            self.rowsRead = rowsRead
            self.rowsKept = rowsKept
            self.rowsRejected = rowsRejected
        }
    }

    /// How many of one organization's participants were linked to a district student.
    public struct LinkCount: Sendable {
        public var source: String
        public var partner: String
        public var participants: Int
        public var linked: Int

        public init(source: String, partner: String, participants: Int, linked: Int) {
            self.source = source
            self.partner = partner
            self.participants = participants
            self.linked = linked
        }
    }

    public var title: String
    public var partnership: String
    public var vision: String?
    public var backboneVersion: String
    public var minimumCellSize: Int
    public var indicators: [IndicatorSeries]
    public var sources: [SourceCount]
    public var links: [LinkCount]
    /// Distinct students and student-years in the frame.
    public var students: Int
    public var studentYears: Int

    public init(
        title: String, partnership: String, vision: String?, backboneVersion: String, minimumCellSize: Int,
        indicators: [IndicatorSeries], sources: [SourceCount], links: [LinkCount], students: Int, studentYears: Int
    ) {
        self.title = title
        self.partnership = partnership
        self.vision = vision
        self.backboneVersion = backboneVersion
        self.minimumCellSize = minimumCellSize
        self.indicators = indicators
        self.sources = sources
        self.links = links
        self.students = students
        self.studentYears = studentYears
    }
}
