import BackboneCore
import Dispatch
import Foundation
import Linkage

/// The linker on its own (`backbone link`): reads the two rosters of a `LinkSettings` as a
/// pipeline run extracts them (no validation rules), links them, and writes the record-level
/// crosswalk and review queue owner-only.
public struct LinkFileRunner {
    public let settings: LinkSettings
    /// The settings file's folder: paths written in it resolve against it.
    let baseDirectory: String
    /// Paths given on the command line resolve against it, and messages name files relative to it.
    let workingDirectory: String

    public init(settings: LinkSettings, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.settings = settings
        self.workingDirectory = workingDirectory
        self.baseDirectory = FilePath.directory(of: FilePath.resolve(settings.file, against: workingDirectory))
    }

    /// Links without writing anything. `decisions` (relative to the working directory) replaces
    /// the settings' `decisions`.
    public func link(decisions: String? = nil) throws -> LinkFileOutcome {
        let started = DispatchTime.now().uptimeNanoseconds
        let extracted = try SourceBatch.extract(
            [settings.students, settings.participants], baseDirectory: baseDirectory, displayBase: workingDirectory)
        let (students, participants) = (extracted[0], extracted[1])
        var schools: SchoolDirectory?
        var studentSchools: [String: String] = [:]
        if let sources = settings.schools {
            let tables = try SourceBatch.extract(
                [sources.directory] + sources.enrollments, baseDirectory: baseDirectory, displayBase: workingDirectory
            ).map(\.table)
            schools = SchoolSources.directory(tables[0])
            studentSchools = SchoolSources.latestSchool(Array(tables.dropFirst()))
        }
        let result = try Linker.link(
            reference: students.table, others: [(settings.participants.id, participants.table)],
            settings: settings.probabilistic, decisions: readDecisions(decisions), schools: schools,
            studentSchools: studentSchools)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return LinkFileOutcome(students: students, participants: participants, result: result, seconds: seconds)
    }

    /// Links, then writes the crosswalk to `crosswalk` and, when asked, the review queue, both
    /// owner-only (0600) since they name people.
    public func run(crosswalk: String, reviewQueue: String? = nil, decisions: String? = nil) throws -> LinkFileOutcome {
        let outcome = try link(decisions: decisions)
        let text = LinkageCSV.crosswalk(
            outcome.result.crosswalk, source: settings.participants.id, participants: outcome.participantIds)
        try PrivateFolder.writeFile(Data(text.utf8), to: FilePath.resolve(crosswalk, against: workingDirectory))
        if let reviewQueue {
            let text = LinkageCSV.reviewQueue(outcome.result.review)
            try PrivateFolder.writeFile(Data(text.utf8), to: FilePath.resolve(reviewQueue, against: workingDirectory))
        }
        return outcome
    }

    /// The reviewers' verdicts, read as a pipeline run reads them; none when no file is named.
    private func readDecisions(_ typed: String?) throws -> ReviewDecisions {
        let path = typed.map { FilePath.resolve($0, against: workingDirectory) }
            ?? settings.decisions.map { FilePath.resolve($0, against: baseDirectory) }
        guard let path else { return ReviewDecisions() }
        return try ReviewDecisionsFile.read(path, display: FilePath.relative(path, to: workingDirectory))
    }
}
