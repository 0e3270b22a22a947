import BackboneCore
import CFileSystem
import Foundation

/// Publishes a folder all at once: a run renders into a staging folder beside the target, and
/// only a complete folder takes the target's place; the card it replaces is kept beside it.
///
/// For `out/card`: staging is `out/.card.staging`, the replaced card `out/.card.previous`.
/// Callers hold the pipeline's `RunLock`, so one staging folder per target is enough.
public enum Publisher {
    public static func stagingPath(for target: String) -> String { sibling(of: target, suffix: "staging") }
    public static func previousPath(for target: String) -> String { sibling(of: target, suffix: "previous") }

    /// An empty staging folder; debris an interrupted run left there is removed first.
    public static func stage(for target: String) throws -> String {
        let staging = stagingPath(for: target)
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: FilePath.directory(of: target), withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging) { try fm.removeItem(atPath: staging) }
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw InternalError("cannot prepare the staging folder: \(FileErrorReason.of(error))", at: SourceLocation(file: staging))
        }
        return staging
    }

    /// Puts the complete staging folder in the target's place. The target is swapped in one
    /// step where the system allows (readers see the old card or the new, never neither); the
    /// replaced card becomes the previous version.
    public static func commit(_ staging: String, to target: String) throws {
        let fm = FileManager.default
        let previous = previousPath(for: target)
        do {
            guard fm.fileExists(atPath: target) else {
                try fm.moveItem(atPath: staging, toPath: target)
                return
            }
            if backbone_exchange_paths(staging, target) == 0 {
                // The staging name now holds the replaced card.
                if fm.fileExists(atPath: previous) { try fm.removeItem(atPath: previous) }
                try fm.moveItem(atPath: staging, toPath: previous)
                return
            }
            if fm.fileExists(atPath: previous) { try fm.removeItem(atPath: previous) }
            try fm.moveItem(atPath: target, toPath: previous)
            try fm.moveItem(atPath: staging, toPath: target)
        } catch {
            throw InternalError("cannot publish the report card: \(FileErrorReason.of(error))", at: SourceLocation(file: target))
        }
    }

    /// Removes a staging folder after a failed run; the published card is untouched.
    public static func discard(_ staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private static func sibling(of target: String, suffix: String) -> String {
        FilePath.directory(of: target) + "/." + FilePath.name(of: target) + "." + suffix
    }
}
