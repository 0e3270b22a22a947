import Foundation

/// Paths to the repository's fixtures and to the shared public sample data beside the checkout.
public enum Fixtures {
    /// The repository root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        root.appendingPathComponent("fixtures").appendingPathComponent(relative).path
    }

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
