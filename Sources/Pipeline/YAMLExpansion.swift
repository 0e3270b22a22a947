import Yams

/// Bounds how large a YAML file may grow through anchors and aliases, before it is composed.
///
/// An alias shares its anchor's node, but every walk over the tree (and Yams's own check for
/// repeated keys, which hashes each key in full) visits it once per use: anchors made of
/// aliases of anchors ("billion laughs") make that exponential, and an alias bomb used as a
/// mapping key hangs the composer itself. So a file with anchors is first composed with every
/// `*` made an ordinary character (aliases become plain scalars, nothing is shared), the size
/// each anchor would expand to is added up in document order, and a file past the budget is
/// refused before the real composition.
enum YAMLExpansion {
    /// A pipeline file has a few thousand nodes; the demo's has about 1,500.
    static let maximumNodes = 100_000
    /// Stands for `*` in the trial composition.
    static let aliasMarker: Unicode.Scalar = "\u{E002}"

    enum Verdict {
        case withinBudget
        /// The node (an alias) at which the expansion passed the budget.
        case beyondBudget(Mark?)
        /// The trial composition failed: the real one would fail the same way, possibly after
        /// expanding; the error is reported instead.
        case unreadable(Error)
    }

    static func check(_ text: [Unicode.Scalar], budget: Int = maximumNodes) -> Verdict {
        guard mayHaveAnchors(text) else { return .withinBudget }
        var trial = ""
        trial.unicodeScalars.append(contentsOf: text.map { $0 == "*" ? aliasMarker : $0 })
        do {
            // The parser holds the anchors its nodes point to (weakly): keep it alive while walking.
            let parser = try Parser(yaml: trial)
            guard let root = try parser.singleRoot() else { return .withinBudget }
            var sizes: [String: Int] = [:]
            var beyond: Mark?
            let total = withExtendedLifetime(parser) { expandedSize(root, anchors: &sizes, budget: budget, beyond: &beyond) }
            return total > budget ? .beyondBudget(beyond) : .withinBudget
        } catch {
            return .unreadable(error)
        }
    }

    /// `&` followed by a name character somewhere: without an anchor no alias can resolve.
    private static func mayHaveAnchors(_ text: [Unicode.Scalar]) -> Bool {
        zip(text, text.dropFirst()).contains { $0 == "&" && !" \t\r\n,[]{}".unicodeScalars.contains($1) }
    }

    /// Nodes the subtree expands to, each alias counted as its anchor's size; stops adding
    /// once past `budget`, noting where in `beyond`.
    private static func expandedSize(_ node: Node, anchors: inout [String: Int], budget: Int, beyond: inout Mark?) -> Int {
        var size = 1
        var anchor: Anchor?
        switch node {
        case .scalar(let scalar):
            anchor = scalar.anchor
            if scalar.string.unicodeScalars.first == aliasMarker {
                size = anchors[String(scalar.string.unicodeScalars.dropFirst())] ?? 1
            }
        case .alias:
            break
        case .sequence(let sequence):
            anchor = sequence.anchor
            for item in sequence where size <= budget {
                size += expandedSize(item, anchors: &anchors, budget: budget, beyond: &beyond)
            }
        case .mapping(let mapping):
            anchor = mapping.anchor
            for (key, value) in mapping where size <= budget {
                size += expandedSize(key, anchors: &anchors, budget: budget, beyond: &beyond)
                size += expandedSize(value, anchors: &anchors, budget: budget, beyond: &beyond)
            }
        }
        if size > budget, beyond == nil { beyond = node.mark }
        if let anchor { anchors[anchor.rawValue] = size }
        return size
    }
}
