import BackboneCore
import Foundation

/// The files a source's `path` names: one file, or every file matching one `*` in its name,
/// sorted by name so runs read them in the same order everywhere.
public enum SourceFiles {
    /// Absolute paths. Throws when nothing matches, naming the pattern as the user wrote it.
    public static func resolve(_ pattern: String, against directory: String, location: SourceLocation) throws -> [String] {
        let full = FilePath.resolve(pattern, against: directory)
        let name = FilePath.name(of: full)
        let folder = FilePath.directory(of: full)
        guard name.contains("*") else {
            guard FileManager.default.fileExists(atPath: full) else {
                throw Diagnostic.error("input file '\(pattern)' does not exist (looked for \(full))", at: location)
            }
            return [full]
        }
        let star = name.firstIndex(of: "*")!
        let prefix = name[..<star]
        let suffix = name[name.index(after: star)...]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let matches = entries
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && $0.count >= prefix.count + suffix.count }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { folder + "/" + $0 }
        guard !matches.isEmpty else {
            throw Diagnostic.error("no input file matches '\(pattern)' (looked in \(folder))", at: location)
        }
        return matches
    }
}
