import BackboneCore

/// How a run ended, as a scheduler sees it: each kind has its own exit status (README,
/// "For the scheduler") and is kept in the run history.
public enum RunStatus: String, Sendable, CaseIterable {
    /// The card was published (or, for `validate`, the data passed).
    case succeeded = "succeeded"
    /// Backbone itself failed: a bug, or the machine (disk full, permissions).
    case internalError = "internal_error"
    /// The pipeline file is wrong: fix it where the message points.
    case configurationError = "configuration_error"
    /// `validate` only: the data passed with warnings.
    case dataWarnings = "data_warnings"
    /// Rows were quarantined (`validate`), or a fatal rule or threshold stopped the run.
    case dataQualityFailed = "data_quality_failed"
    /// An input is missing, unreadable, changed since the manifest, or changed shape (a column gone).
    case inputProblem = "input_problem"
    /// Another run of the same pipeline is publishing (without `--wait`).
    case busy = "busy"
    /// `verify`: the rerun's outputs differ from the published ones.
    case notReproduced = "not_reproduced"

    public var exitCode: Int32 {
        switch self {
        case .succeeded: return 0
        case .internalError: return 1
        case .configurationError: return 2
        case .dataWarnings: return 3
        case .dataQualityFailed: return 4
        case .inputProblem: return 5
        case .busy: return 6
        case .notReproduced: return 7
        }
    }

    /// The status an error that ended a run stands for.
    public init(_ error: Error) {
        switch error {
        case is DataQualityStop: self = .dataQualityFailed
        case is InputProblem: self = .inputProblem
        case is RunLockBusy: self = .busy
        case is InternalError: self = .internalError
        case is DiagnosticsError, is Diagnostic: self = .configurationError
        default: self = .internalError
        }
    }

    /// The located messages an error that ended a run carries; one plain message for any other error.
    public static func diagnostics(of error: Error) -> [Diagnostic] {
        switch error {
        case let stop as DataQualityStop: return stop.diagnostics
        case let problem as InputProblem: return problem.diagnostics
        case let errors as DiagnosticsError: return errors.diagnostics
        case let diagnostic as Diagnostic: return [diagnostic]
        case let failure as InternalError: return [failure.diagnostic]
        default: return [.error(String(describing: error))]
        }
    }
}
