import BackboneCore
import Linkage
import Yams

extension PipelineDecoding {
    static let linkKeys = [
        "reference", "blocking", "training_blocking", "link_threshold", "review_threshold", "expected_match_share", "max_candidate_pairs",
        "max_training_pairs", "max_block_size", "random_pairs", "decisions", "schools",
    ]

    /// The probabilistic pass's settings under `stages.link` (or `link:` of a link settings file);
    /// defaults for what is not written.
    mutating func linkSettings(_ mapping: YAMLMapping?) -> ProbabilisticLinkSettings? {
        var settings = ProbabilisticLinkSettings()
        guard let mapping else { return settings }
        var ok = true
        for (key, path) in [("blocking", \ProbabilisticLinkSettings.blocking), ("training_blocking", \.training)] {
            guard let node = mapping[key] else { continue }
            if let rules = blockingRules(node, key: key) { settings[keyPath: path] = rules } else { ok = false }
        }
        func share(_ key: String, into value: inout Double) {
            guard let node = mapping[key] else { return }
            if let share = self.share(node, for: "'\(key)'") { value = share } else { ok = false }
        }
        share("link_threshold", into: &settings.linkThreshold)
        share("review_threshold", into: &settings.reviewThreshold)
        share("expected_match_share", into: &settings.expectedMatchShare)
        for (key, path) in [
            ("max_candidate_pairs", \ProbabilisticLinkSettings.maxCandidatePairs), ("max_training_pairs", \.maxTrainingPairs),
            ("max_block_size", \.maxBlockSize),
            ("random_pairs", \.randomPairs),
        ] {
            guard let node = mapping[key] else { continue }
            guard let count = reader.integer(node, for: "'\(key)'") else {
                ok = false
                continue
            }
            guard count > 0 else {
                reader.error("'\(key)' must be at least 1, found \(count)", at: node)
                ok = false
                continue
            }
            settings[keyPath: path] = count
        }
        if let node = mapping["review_threshold"], settings.reviewThreshold > settings.linkThreshold {
            reader.error("'review_threshold' must not be above 'link_threshold'", at: node)
            ok = false
        }
        return ok ? settings : nil
    }

    /// A non-empty list of blocking rules under `key`.
    private mutating func blockingRules(_ node: Node, key: String) -> [BlockingRule]? {
        guard let items = reader.sequence(node, for: "'\(key)'") else { return nil }
        let rules: [BlockingRule?] = items.map { reader.choice($0, key: key, noun: "blocking rule") }
        if items.isEmpty {
            reader.error("'\(key)' needs at least one rule", at: node)
            return nil
        }
        return rules.contains(where: { $0 == nil }) ? nil : rules.compactMap { $0 }
    }

    /// `decisions:`: the reviewers' verdicts file as written, relative to the file declaring it;
    /// it must stay in that file's project folder.
    mutating func linkDecisions(_ mapping: YAMLMapping?) -> String? {
        guard let node = mapping?["decisions"] else { return nil }
        return reader.string(node, for: "'decisions'").flatMap { confined($0, at: node, what: "the decisions file") }
    }
}
