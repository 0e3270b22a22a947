import BackboneCore
import Extract
import Validate

/// What the cached stages are keyed on: SHA-256 over the cache format, Backbone's version and
/// build, the stage's settings as canonical text, the content digests of the files it reads,
/// and the keys of what it reads from other stages. Equal keys mean equal outputs.
struct StageKeys {
    /// Source id → the key of its extract.
    let extract: [String: String]
    /// Source id → a key for the rows it keeps after validation (validate is not cached, but
    /// link reads its tables).
    let validated: [String: String]
    let link: String

    init(config: PipelineConfig, inputs: RunInputs) {
        let base = "backbone stage cache \(StageCache.formatVersion)\n\(BackboneVersion.current)\n\(BackboneBuild.digest)\n"
        var extract: [String: String] = [:]
        for source in config.sources {
            let files = inputs.files(ofSource: source.id).map { "\($0.digest.bytes) \($0.digest.sha256)\n" }.joined()
            extract[source.id] = Self.hash(base + "extract\n" + CanonicalText.of(source) + "\n" + files)
        }
        var validated: [String: String] = [:]
        for source in config.sources {
            let rules = config.stages.validate.sources.first { $0.source == source.id }
            // Reference rules compare with the rows other sources kept at extract.
            let referenced = (rules?.rules ?? []).compactMap { rule -> String? in
                if case .references(_, let other, _) = rule.kind { return other }
                return nil
            }
            let reads = ([source.id] + referenced).map { "\($0) \(extract[$0] ?? "none")\n" }.joined()
            validated[source.id] = Self.hash(base + "validate\n" + CanonicalText.of(rules as Any) + "\n" + reads)
        }
        let link = config.stages.link
        var read = [link.reference] + config.sources.filter { $0.table == .person && $0.id != link.reference }.map(\.id)
        if let schools = link.schools {
            read += [schools] + config.sources.filter { $0.table == .enrollment }.map(\.id)
        }
        let decisions = inputs.decisions.map { "\($0.digest.bytes) \($0.digest.sha256)" } ?? "none"
        self.extract = extract
        self.validated = validated
        self.link = Self.hash(
            base + "link\n" + CanonicalText.of(link) + "\ndecisions " + decisions + "\n"
                + read.map { "\($0) \(validated[$0] ?? "none")\n" }.joined())
    }

    private static func hash(_ text: String) -> String {
        ContentHash.sha256(Array(text.utf8))
    }
}
