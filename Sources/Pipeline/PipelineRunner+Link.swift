import BackboneCore
import Foundation
import Linkage

extension PipelineRunner {
    /// Links every organization's participants to the district roster (or takes the links
    /// from the stage cache when nothing it reads has changed), and writes the record-level
    /// crosswalk and review queue to the private folder.
    func link(_ state: inout RunState) throws -> StageOutcome {
        let reference = config.stages.link.reference
        guard let students = state.tables[reference] else {
            throw Diagnostic.error("the link reference source '\(reference)' was not extracted", at: config.stages.link.common.location)
        }
        let others = config.sources
            .filter { $0.table == .person && $0.id != reference }
            .compactMap { source in state.tables[source.id].map { (source: source.id, table: $0) } }
        let key = StageKeys(config: config, inputs: state.inputs!).link
        let cached = cachedLink(key: key)
        let result = try cached ?? linkAnew(state, students: students, others: others)
        if cached == nil { cacheLink(result, key: key) }
        state.crosswalk = result.crosswalk
        state.linkSummaries = result.summaries
        for summary in result.summaries where summary.capped {
            observer?.warning(.warning(
                "blocking stopped at the candidate cap for source '\(summary.source)'; some participants were not compared",
                at: config.stages.link.common.location))
        }
        try PrivateFolder.create(options.privateDirectory)
        try writeCrosswalk(result.crosswalk, sources: others.map(\.source))
        try writeReviewQueue(result.reviewQueue)
        let participants = result.summaries.reduce(0) { $0 + $1.participants }
        let linked = result.summaries.reduce(0) { $0 + $1.linked }
        let candidatePairs = result.summaries.reduce(0) { $0 + $1.candidatePairs }
        return StageOutcome(
            "\(NumberFormat.count(linked)) of \(NumberFormat.count(participants)) participants linked to district students, "
                + "\(NumberFormat.count(result.forReview)) for review" + Self.cacheNote(cached == nil ? 0 : 1, of: 1),
            records: [
                "participants": participants, "linked": linked, "for_review": result.forReview, "candidate_pairs": candidatePairs,
            ], skipped: cached != nil)
    }

    private func linkAnew(
        _ state: RunState, students: Table, others: [(source: String, table: Table)]
    ) throws -> LinkStageResult {
        var decisions = ReviewDecisions()
        if let path = config.stages.link.decisions {
            let full = FilePath.resolve(path, against: baseDirectory)
            decisions = try ReviewDecisionsFile.read(full, display: FilePath.relative(full, to: displayBase))
        }
        let schools = config.stages.link.schools.flatMap { state.tables[$0] }.map(SchoolSources.directory)
        let enrollments = config.sources.filter { $0.table == .enrollment }.compactMap { state.tables[$0.id] }
        let result = try Linker.link(
            reference: students, others: others, settings: config.stages.link.probabilistic, decisions: decisions,
            schools: schools, studentSchools: schools == nil ? [:] : SchoolSources.latestSchool(enrollments))
        return LinkStageResult(
            crosswalk: result.crosswalk, summaries: result.summaries, reviewQueue: LinkageCSV.reviewQueue(result.review),
            forReview: result.review.count)
    }

    /// `<private>/crosswalk.csv`: which district student each linked participant is, and by
    /// which pass. Record-level, so owner-only and never published.
    private func writeCrosswalk(_ crosswalk: Crosswalk, sources: [String]) throws {
        let text = LinkageCSV.crosswalk(crosswalk, sources: sources)
        try PrivateFolder.writeFile(Data(text.utf8), to: options.privateDirectory + "/crosswalk.csv")
    }

    /// `<private>/review-queue.csv`: each pair between the thresholds, both records side by side
    /// with every field's level and its contribution to the match weight.
    private func writeReviewQueue(_ text: String) throws {
        try PrivateFolder.writeFile(Data(text.utf8), to: options.privateDirectory + "/review-queue.csv")
    }
}
