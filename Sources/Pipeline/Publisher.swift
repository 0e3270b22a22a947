import BackboneCore
import Foundation

/// Publishes a folder all at once: the run writes into a staging folder beside the target,
/// and only a complete folder is renamed into place; the previous one is kept beside it.
public enum Publisher {
    /// `write` fills the staging folder it is given; if it throws, the target is untouched.
    public static func publish(to target: String, write: (String) throws -> Void) throws {
        let fm = FileManager.default
        let parent = FilePath.directory(of: target)
        let name = FilePath.name(of: target)
        try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let staging = parent + "/." + name + ".staging"
        let previous = parent + "/." + name + ".previous"
        // Debris from an interrupted run is never published; clear it first.
        try? fm.removeItem(atPath: staging)
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        do {
            try write(staging)
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
        if fm.fileExists(atPath: target) {
            try? fm.removeItem(atPath: previous)
            try fm.moveItem(atPath: target, toPath: previous)
        }
        try fm.moveItem(atPath: staging, toPath: target)
    }
}
