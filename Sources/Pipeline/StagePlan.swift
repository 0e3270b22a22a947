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
/// Each source gets an extract and a validate step; a validate step also runs after the extract
/// of every source its `references` rules name. Link runs after every person source is
/// validated, measure after link and every other source, report after measure. A stage's
/// `needs:` adds edges (`validate` in `needs` means every validate step). The order is a
/// topological order that, among ready steps, takes extract before validate before link
/// before measure before report, then sources in file order, so it never varies.
public struct StagePlan: Sendable {
    /// In run order.
    public let steps: [PlannedStep]

    /// Throws `DiagnosticsError` when `needs:` make a cycle: reading `needs` entries in file
    /// order, one diagnostic for each entry that closes a cycle, at that entry, naming the
    /// steps around it.
    public init(config: PipelineConfig) throws {
        var graph = StageGraph(config: config)
        let cycles = graph.addNeeds()
        guard cycles.isEmpty else {
            throw DiagnosticsError(cycles.map { cycle in
                .error(
                    "stage '\(cycle.need.stage)' needs '\(cycle.need.needed)', which runs after it: "
                        + cycle.names.joined(separator: " → "),
                    at: cycle.need.location)
            })
        }
        steps = graph.steps()
    }
}
