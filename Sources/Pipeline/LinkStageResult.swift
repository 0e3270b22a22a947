import BackboneCore
import Linkage

/// What the link stage hands on and writes, in the form the stage cache keeps it.
struct LinkStageResult {
    var crosswalk: Crosswalk
    var summaries: [LinkSummary]
    /// The private `review-queue.csv` as written.
    var reviewQueue: String
    var forReview: Int

    init(crosswalk: Crosswalk, summaries: [LinkSummary], reviewQueue: String, forReview: Int) {
        self.crosswalk = crosswalk
        self.summaries = summaries
        self.reviewQueue = reviewQueue
        self.forReview = forReview
    }

    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        crosswalk.encode(to: &writer)
        writer.write(summaries.count)
        for summary in summaries { summary.encode(to: &writer) }
        writer.write(reviewQueue)
        writer.write(forReview)
        return writer.bytes
    }

    init(from reader: inout BinaryReader) throws {
        crosswalk = try Crosswalk(from: &reader)
        summaries = try (0..<(try reader.readCount())).map { _ in try LinkSummary(from: &reader) }
        reviewQueue = try reader.readString()
        forReview = try reader.readCount()
    }
}
