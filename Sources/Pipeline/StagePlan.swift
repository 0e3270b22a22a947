import BackboneCore

/// The kinds of step a run is made of, in the order that breaks ties between ready steps.
public enum StepKind: String, Sendable, CaseIterable, Comparable {
    case extract
    case validate
    case link
    case measure
    case report

    public static func < (lhs: StepKind, rhs: StepKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One step of a planned run.
public struct PlannedStep: Sendable, Hashable {
    public let kind: StepKind
    /// The source an extract or validate step reads; nil for link, measure and report.
    public let source: String?
    /// Indices into `StagePlan.steps` of the steps this one waits for, ascending; each is
    /// smaller than this step's own index.
    public let dependencies: [Int]

    /// `extract:<source>`, `validate:<source>`, or the stage name.
    public var name: String {
        source.map { "\(kind.rawValue):\($0)" } ?? kind.rawValue
    }
}

/// A run planned as a DAG, so the runner can start every step whose inputs are ready and
/// anyone can read, before a night's run, what will happen in which order.
///
/// Each source gets an extract and a validate step; link runs after every person source is
/// validated, measure after link and every other source, report after measure. A stage's
/// `needs:` adds edges (`validate` in `needs` means every validate step). The order is a
/// topological order that, among ready steps, takes extract before validate before link
/// before measure before report, then sources in file order, so it never varies.
public struct StagePlan: Sendable {
    /// In run order.
    public let steps: [PlannedStep]

    /// Throws `DiagnosticsError` when `needs:` make a cycle: one diagnostic per `needs` entry
    /// that closes one, at that entry, naming the steps around the cycle.
    public init(config: PipelineConfig) throws {
        var graph = StageGraph(config: config)
        var diagnostics: [Diagnostic] = []
        while true {
            let (order, blocked) = graph.topologicalOrder()
            guard !blocked.isEmpty else {
                guard diagnostics.isEmpty else { throw DiagnosticsError(PipelineLoader.sortedByPosition(diagnostics)) }
                steps = graph.steps(in: order)
                return
            }
            let (cycle, closing) = graph.cycle(among: blocked)
            let names = cycle.map { graph.name(of: $0) } + [graph.name(of: cycle[0])]
            diagnostics.append(.error(
                "stage '\(closing.stage)' needs '\(closing.needed)', which runs after it: "
                    + names.joined(separator: " → "),
                at: closing.location))
            graph.removeEdges(of: closing)
        }
    }
}
