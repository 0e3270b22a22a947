import BackboneCore
import Extract
import Pipeline
import Validate

/// The table `backbone validate` prints: one line per source, counts only.
enum ValidationSummary {
    static func table(_ quality: [SourceQuality], extracted: [ExtractedSource]) -> String {
        let header = ["source", "rows read", "kept", "quarantined", "warnings"]
        let rows = zip(quality, extracted).map { q, e in
            [q.source] + [q.rowsRead, q.rowsKept, q.rowsRejected, warnings(q, e)].map(NumberFormat.count)
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == 0 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    static func verdict(_ quality: [SourceQuality], extracted: [ExtractedSource]) -> (text: String, status: RunStatus) {
        let quarantined = quality.reduce(0) { $0 + $1.rowsRejected }
        let warned = zip(quality, extracted).reduce(0) { $0 + warnings($1.0, $1.1) }
        if quarantined > 0 { return ("failed: \(NumberFormat.count(quarantined)) rows quarantined", .dataQualityFailed) }
        if warned > 0 { return ("passed with \(NumberFormat.count(warned)) warnings", .dataWarnings) }
        return ("passed", .succeeded)
    }

    /// Unparseable values left empty, and failures of `warn` rules.
    private static func warnings(_ quality: SourceQuality, _ source: ExtractedSource) -> Int {
        source.valueProblems.reduce(0) { $0 + $1.count }
            + quality.rules.filter { $0.severity == .warn }.reduce(0) { $0 + $1.failures }
    }
}
