import Foundation

/// Paths to the repository's fixtures and to the shared public sample data beside the checkout.
public enum Fixtures {
    /// The repository root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        root.appendingPathComponent("fixtures").appendingPathComponent(relative).path
    }

    /// The repository's report templates: a pipeline file written elsewhere (in a test's
    /// temporary folder) declares this folder under `allowed_paths:` to read them.
    public static let templates = root.appendingPathComponent("reports/default").path

    /// `../shared/realdata/…`: public files written by others, read in place, never copied.
    public static func realdata(_ relative: String) -> String {
        root.deletingLastPathComponent().appendingPathComponent("shared/realdata").appendingPathComponent(relative).path
    }

    /// A fresh empty folder under the system temporary directory.
    public static func temporaryDirectory(_ label: String = "backbone") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Fixtures {
    /// A gzipped fixture's text, decompressed by the system's `gzip`, so tests that recount
    /// figures share no code with Backbone's own reader.
    public static func gunzipped(_ relative: String) throws -> String {
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-dc", path(relative)]
        let pipe = Pipe()
        gzip.standardOutput = pipe
        try gzip.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        gzip.waitUntilExit()
        return text
    }
}
