import BackboneCore
import Foundation
import Pipeline

/// Prints errors for people and picks the exit status a scheduler can act on.
enum Diagnostics {
    /// Prints the error and returns its exit status (see `ExitStatus`).
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let stop as DataQualityStop:
            stop.diagnostics.forEach { printToStandardError($0.description) }
            printToStandardError("error: the data failed checks that stop the run; nothing was published")
            return ExitStatus.dataFailed
        case let error as DiagnosticsError:
            error.diagnostics.forEach { printToStandardError($0.description) }
            return ExitStatus.configurationError
        case let diagnostic as Diagnostic:
            printToStandardError(diagnostic.description)
            return ExitStatus.configurationError
        default:
            printToStandardError("error: \(error)")
            return ExitStatus.internalError
        }
    }

    static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
