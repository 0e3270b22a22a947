import Foundation
import Testing

/// Compares text with a golden file under `fixtures/golden/`, byte for byte.
///
/// Set `RECORD_GOLDEN=1` to write the golden file anew; a recording run fails on purpose,
/// so a new baseline can never pass unseen.
public enum Golden {
    public static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = Fixtures.root.appendingPathComponent("fixtures/golden").appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("Recorded new golden file \(name); rerun without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        guard actual != expected else { return }
        // "\r\n" is one Character in Swift, so split on either line ending.
        let isLineEnd: (Character) -> Bool = { $0 == "\n" || $0 == "\r\n" }
        let a = actual.split(omittingEmptySubsequences: false, whereSeparator: isLineEnd)
        let e = expected.split(omittingEmptySubsequences: false, whereSeparator: isLineEnd)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let found = line < a.count ? String(a[line]) : "<end of output>"
        let wanted = line < e.count ? String(e[line]) : "<end of golden file>"
        Issue.record(
            "differs from golden \(name) at line \(line + 1):\n  expected: \(wanted)\n  found:    \(found)",
            sourceLocation: sourceLocation)
    }
}
