import BackboneCore

/// The steps of a run and the edges between them, before ordering.
///
/// Nodes are numbered so that their index is the tie-break order: every extract, then every
/// validate (sources in file order), then link, measure and report.
struct StageGraph {
    /// One `needs:` entry; all the edges it adds go when it is found to close a cycle.
    struct Need: Equatable {
        let stage: String
        let needed: String
        let number: Int
        let location: SourceLocation
    }

    struct Edge {
        let from: Int
        let to: Int
        /// Nil for the edges every run has.
        let need: Need?
    }

    private var nodes: [(kind: StepKind, source: String?)] = []
    private var edges: [Edge] = []

    init(config: PipelineConfig) {
        let sources = config.sources
        let count = sources.count
        nodes = sources.map { (StepKind.extract, $0.id) } + sources.map { (StepKind.validate, $0.id) }
            + [(.link, nil), (.measure, nil), (.report, nil)]
        let (link, measure, report) = (2 * count, 2 * count + 1, 2 * count + 2)
        for (index, source) in sources.enumerated() {
            edges.append(Edge(from: index, to: count + index, need: nil))
            edges.append(Edge(from: count + index, to: source.table == .person ? link : measure, need: nil))
        }
        edges.append(Edge(from: link, to: measure, need: nil))
        edges.append(Edge(from: measure, to: report, need: nil))

        let stages = config.stages
        let declared: [(String, StageCommon)] = [
            ("validate", stages.validate.common), ("link", stages.link.common),
            ("measure", stages.measure.common), ("report", stages.report.common),
        ]
        var number = 0
        for (stage, common) in declared {
            for (offset, needed) in common.needs.enumerated() {
                let location = offset < common.needsLocations.count ? common.needsLocations[offset] : common.location
                let need = Need(stage: stage, needed: needed, number: number, location: location)
                number += 1
                for from in nodes(named: needed) {
                    for to in nodes(named: stage) { edges.append(Edge(from: from, to: to, need: need)) }
                }
            }
        }
    }

    /// The nodes a stage name stands for: `validate` is every validate step.
    private func nodes(named stage: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind.rawValue == stage }
    }

    func name(of node: Int) -> String {
        nodes[node].source.map { "\(nodes[node].kind.rawValue):\($0)" } ?? nodes[node].kind.rawValue
    }

    /// Kahn's algorithm taking the smallest ready node first; `blocked` holds the nodes on or
    /// behind a cycle (empty when there is none).
    func topologicalOrder() -> (order: [Int], blocked: Set<Int>) {
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
        return (order, Set(nodes.indices).subtracting(order))
    }

    /// A cycle among `blocked` nodes, in run direction and starting at the node whose `needs`
    /// closes it, with that need: the latest written of the cycle's needs.
    ///
    /// Every blocked node waits for another blocked node, so walking back from one always
    /// comes round. Between two nodes an edge every run has is preferred, so a `needs` that
    /// only repeats such an edge is never blamed.
    func cycle(among blocked: Set<Int>) -> (nodes: [Int], closing: Need) {
        var path: [Edge] = []
        var visited: [Int: Int] = [:]
        var current = blocked.min()!
        while visited[current] == nil {
            visited[current] = path.count
            let incoming = edges.filter { $0.to == current && blocked.contains($0.from) }
            let from = incoming.map(\.from).min()!
            let between = incoming.filter { $0.from == from }
            let edge = between.first { $0.need == nil } ?? between.max { Self.isBefore($0.need!, $1.need!) }!
            path.append(edge)
            current = from
        }
        let loop = Array(path[visited[current]!...].reversed())
        let closing = loop.compactMap(\.need).max(by: Self.isBefore)!
        let start = loop.firstIndex { $0.need == closing }!
        let rotated = loop[(start + 1)...] + loop[...start]
        return (rotated.map(\.from), closing)
    }

    private static func isBefore(_ a: Need, _ b: Need) -> Bool {
        (a.location.line ?? 0, a.location.column ?? 0, a.number) < (b.location.line ?? 0, b.location.column ?? 0, b.number)
    }

    mutating func removeEdges(of need: Need) {
        edges.removeAll { $0.need == need }
    }

    func steps(in order: [Int]) -> [PlannedStep] {
        var position = [Int](repeating: 0, count: nodes.count)
        for (index, node) in order.enumerated() { position[node] = index }
        return order.map { node in
            let dependencies = Set(edges.filter { $0.to == node }.map { position[$0.from] })
            return PlannedStep(kind: nodes[node].kind, source: nodes[node].source, dependencies: dependencies.sorted())
        }
    }
}
