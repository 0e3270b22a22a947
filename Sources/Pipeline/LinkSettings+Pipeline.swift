import BackboneCore
import Extract

extension LinkSettings {
    /// A pipeline file's link: its link reference against the person source `source`, with
    /// `stages.link`'s settings. `files` (as typed, relative to `workingDirectory`) replace the
    /// two sources' paths.
    init(pipeline config: PipelineConfig, source: String?, files: LinkFiles?, workingDirectory: String) throws {
        let reference = config.stages.link.reference
        let candidates = config.sources.filter { $0.table == .person && $0.id != reference }.map(\.id)
        let here = SourceLocation(file: config.file)
        guard let students = config.sources.first(where: { $0.id == reference }), !candidates.isEmpty else {
            throw Diagnostic.error("the pipeline file has no person source to link besides its link reference", at: here)
        }
        let expected = "expected one of: \(candidates.joined(separator: ", "))"
        guard let source else {
            throw Diagnostic.error("a pipeline file needs --source, the person source to link to '\(reference)'; \(expected)", at: here)
        }
        guard let participants = config.sources.first(where: { $0.id == source }) else {
            let hint = NameSuggestion.closest(to: source, among: candidates).map { "did you mean '\($0)'?" } ?? expected
            throw Diagnostic.error("--source '\(source)' is not a source of the pipeline file; \(hint)", at: here)
        }
        guard candidates.contains(source) else {
            let what = source == reference ? "is the link reference itself" : "is a source of table '\(participants.table.rawValue)'"
            throw Diagnostic.error("--source '\(source)' \(what); \(expected)", at: participants.location)
        }
        func replacing(_ config: SourceConfig, with typed: String?) -> SourceConfig {
            guard let typed else { return config }
            var replaced = config
            replaced.path = FilePath.resolve(typed, against: workingDirectory)
            replaced.location = SourceLocation(file: typed)
            return replaced
        }
        self.init(
            file: config.file, students: replacing(students, with: files?.students),
            participants: replacing(participants, with: files?.participants), probabilistic: config.stages.link.probabilistic,
            decisions: config.stages.link.decisions,
            schools: config.stages.link.schools.flatMap { id in config.sources.first { $0.id == id } }.map { directory in
                (directory, config.sources.filter { $0.table == .enrollment })
            })
    }
}
