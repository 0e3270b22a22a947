import BackboneCore
import Foundation

/// Prints errors for people and picks the exit status a scheduler can act on.
enum Diagnostics {
    /// Exit statuses: 1 internal error, 2 configuration or input error.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let error as DiagnosticsError:
            error.diagnostics.forEach { printToStandardError($0.description) }
            return 2
        case let diagnostic as Diagnostic:
            printToStandardError(diagnostic.description)
            return 2
        default:
            printToStandardError("error: \(error)")
            return 1
        }
    }

    static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
