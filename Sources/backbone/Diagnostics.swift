import BackboneCore
import Foundation
import Pipeline

/// Prints errors for people and picks the exit status a scheduler can act on (`RunStatus`).
enum Diagnostics {
    /// Prints the error and returns its exit status.
    static func report(_ error: Error) -> Int32 {
        let status = RunStatus(error)
        RunStatus.diagnostics(of: error).forEach { printToStandardError($0.description) }
        switch error {
        case is DataQualityStop: printToStandardError("error: the data failed checks that stop the run; nothing was published")
        case is InputProblem: printToStandardError("error: an input is missing, unreadable or changed; nothing was published")
        case is InternalError:
            printToStandardError("error: the run could not finish (a full disk, a folder it may not write, or a bug); nothing was published")
        default: break
        }
        return status.exitCode
    }

    static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
