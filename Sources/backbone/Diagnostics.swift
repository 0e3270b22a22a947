import BackboneCore
import Foundation
import Pipeline

/// Prints errors for people and picks the exit status a scheduler can act on (`RunStatus`).
enum Diagnostics {
    /// Prints the error and returns its exit status.
    static func report(_ error: Error) -> Int32 {
        let status = RunStatus(error)
        switch error {
        case let stop as DataQualityStop:
            stop.diagnostics.forEach { printToStandardError($0.description) }
            printToStandardError("error: the data failed checks that stop the run; nothing was published")
        case let problem as InputProblem:
            problem.diagnostics.forEach { printToStandardError($0.description) }
            printToStandardError("error: an input is missing, unreadable or changed; nothing was published")
        case let busy as RunLockBusy:
            printToStandardError("error: \(busy.description)")
        case let error as DiagnosticsError:
            error.diagnostics.forEach { printToStandardError($0.description) }
        case let diagnostic as Diagnostic:
            printToStandardError(diagnostic.description)
        default:
            printToStandardError("error: \(error)")
        }
        return status.exitCode
    }

    static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
