import BackboneCore
import Validate

/// The steps of a run and the edges between them, before ordering.
///
/// Nodes are numbered so that their index is the tie-break order: every extract, then every
/// validate (sources in file order), then link, measure and report.
struct StageGraph {
    /// One `needs:` entry and the edges it asks for (`validate` stands for every validate step).
    struct Need {
        let stage: String
        let needed: String
        let location: SourceLocation
        let edges: [(from: Int, to: Int)]
    }

    /// A `needs:` entry left out because its edges close a cycle, with the cycle in run order,
    /// starting and ending at the entry's own stage.
    struct Cycle {
        let need: Need
        let names: [String]
    }

    private let nodes: [(kind: StepKind, source: String?)]
    /// The edges of every run, then each accepted `needs:` entry's.
    private var edges: [(from: Int, to: Int)] = []
    /// In file order.
    private let needs: [Need]

    init(config: PipelineConfig) {
        let sources = config.sources
        let count = sources.count
        let nodes = sources.map { (StepKind.extract, Optional($0.id)) } + sources.map { (StepKind.validate, $0.id) }
            + [(.link, nil), (.measure, nil), (.report, nil)]
        let (link, measure, report) = (2 * count, 2 * count + 1, 2 * count + 2)
        for (index, source) in sources.enumerated() {
            edges.append((index, count + index))
            edges.append((count + index, source.table == .person ? link : measure))
        }
        edges += [(link, measure), (measure, report)]
        let sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for sourceRules in config.stages.validate.sources {
            guard let validated = sourceIndex[sourceRules.source] else { continue }
            for referenced in Self.referencedSources(sourceRules.rules).compactMap({ sourceIndex[$0] })
            where !edges.contains(where: { $0 == (referenced, count + validated) }) {
                edges.append((referenced, count + validated))
            }
        }

        func indices(of stage: String) -> [Int] {
            nodes.indices.filter { nodes[$0].0.rawValue == stage }
        }
        let stages = config.stages
        let declared = [
            ("validate", stages.validate.common), ("link", stages.link.common),
            ("measure", stages.measure.common), ("report", stages.report.common),
        ]
        var needs: [Need] = []
        for (stage, common) in declared {
            for (offset, needed) in common.needs.enumerated() {
                let location = offset < common.needsLocations.count ? common.needsLocations[offset] : common.location
                let edges = indices(of: needed).flatMap { from in indices(of: stage).map { (from, $0) } }
                needs.append(Need(stage: stage, needed: needed, location: location, edges: edges))
            }
        }
        self.nodes = nodes
        self.needs = needs.enumerated().sorted { a, b in
            (a.element.location.line ?? 0, a.element.location.column ?? 0, a.offset)
                < (b.element.location.line ?? 0, b.element.location.column ?? 0, b.offset)
        }.map(\.element)
    }

    /// The sources `references` rules read, in rule order: a validate step reads their extracts.
    private static func referencedSources(_ rules: [ValidationRule]) -> [String] {
        rules.compactMap { rule in
            guard case .references(_, let source, _) = rule.kind else { return nil }
            return source
        }
    }

    func name(of node: Int) -> String {
        nodes[node].source.map { "\(nodes[node].kind.rawValue):\($0)" } ?? nodes[node].kind.rawValue
    }

    /// Adds the `needs:` edges entry by entry in file order; an entry whose edges would close a
    /// cycle is the one that closed it, and is left out and returned.
    mutating func addNeeds() -> [Cycle] {
        var cycles: [Cycle] = []
        for need in needs {
            let candidate = edges + need.edges
            var loop: [Int]?
            for edge in need.edges where loop == nil {
                loop = path(from: edge.to, to: edge.from, over: candidate)
            }
            if let loop {
                cycles.append(Cycle(need: need, names: (loop + [loop[0]]).map(name(of:))))
            } else {
                edges = candidate
            }
        }
        return cycles
    }

    /// The shortest path of nodes from `start` to `end` (just `[start]` when they are the same),
    /// trying smaller nodes first.
    private func path(from start: Int, to end: Int, over edges: [(from: Int, to: Int)]) -> [Int]? {
        var previous: [Int: Int] = [start: start]
        var frontier = [start]
        while !frontier.isEmpty, previous[end] == nil {
            var next: [Int] = []
            for node in frontier {
                for edge in edges where edge.from == node && previous[edge.to] == nil {
                    previous[edge.to] = node
                    next.append(edge.to)
                }
            }
            frontier = next.sorted()
        }
        guard previous[end] != nil else { return nil }
        var path = [end]
        while path[0] != start { path.insert(previous[path[0]]!, at: 0) }
        return path
    }

    /// Kahn's algorithm taking the smallest ready node first; the edges are acyclic once
    /// `addNeeds` has run.
    func steps() -> [PlannedStep] {
        var waiting = [Int](repeating: 0, count: nodes.count)
        for edge in edges { waiting[edge.to] += 1 }
        var ready = Set(nodes.indices.filter { waiting[$0] == 0 })
        var order: [Int] = []
        while let next = ready.min() {
            ready.remove(next)
            order.append(next)
            for edge in edges where edge.from == next {
                waiting[edge.to] -= 1
                if waiting[edge.to] == 0 { ready.insert(edge.to) }
            }
        }
        var position = [Int](repeating: 0, count: nodes.count)
        for (index, node) in order.enumerated() { position[node] = index }
        return order.map { node in
            let dependencies = Set(edges.filter { $0.to == node }.map { position[$0.from] })
            return PlannedStep(kind: nodes[node].kind, source: nodes[node].source, dependencies: dependencies.sorted())
        }
    }
}
