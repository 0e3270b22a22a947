import BackboneCore
import Foundation

/// Where the files a pipeline or link settings file names may be read from: its project folder,
/// and the folders the file declares outside it under `allowed_paths:`.
///
/// A pipeline file is often copied from a template or edited by hand; a path such as
/// `../../etc/passwd` or `/home/someone/export.csv` is far more likely a mistake (or a
/// hostile edit) than an intent, and it would feed a file the partnership never meant to
/// share into the run. So a path written in the file (a source, the review decisions, the
/// report templates) that leaves the project is refused unless declared.
struct ProjectFolder {
    /// Absolute and normalized.
    let root: String
    /// Absolute and normalized: the project folder first, then each declared folder.
    let permitted: [String]

    /// The default project folder of a pipeline file in `pipelineFolder`: that folder, or its
    /// parent when it is named `pipelines` (a project keeping its pipeline files together).
    static func defaultRoot(of pipelineFolder: String) -> String {
        FilePath.name(of: pipelineFolder) == "pipelines" ? FilePath.directory(of: pipelineFolder) : pipelineFolder
    }

    /// - Parameters:
    ///   - pipelineFile: the pipeline (or link settings) file as named, relative to `workingDirectory`.
    ///   - projectRoot: `project_root:` as written, relative to the pipeline file's folder.
    ///   - allowedPaths: `allowed_paths:` as written, relative to the pipeline file's folder.
    init(
        pipelineFile: String, projectRoot: String?, allowedPaths: [String],
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        let folder = FilePath.resolve(FilePath.directory(of: pipelineFile), against: workingDirectory)
        root = projectRoot.map { FilePath.resolve($0, against: folder) } ?? Self.defaultRoot(of: folder)
        permitted = [root] + allowedPaths.map { FilePath.resolve($0, against: folder) }
        pipelineFolder = folder
    }

    private let pipelineFolder: String

    /// Why a path may not be read, or nil when it lies in a permitted folder. The path (for a
    /// `*` pattern, its folder) is also checked with the symbolic links on its way followed, so
    /// a link inside the project cannot lead out of it. `what` names the file in the advice.
    func refusal(of path: String, what: String = "the export") -> String? {
        let full = FilePath.resolve(path, against: pipelineFolder)
        let checked = FilePath.name(of: full).contains("*") ? FilePath.directory(of: full) : full
        guard Self.isInside(checked, any: permitted) else {
            return "path '\(path)' leaves the project folder (\(root)); move \(what) into it, "
                + "or declare its folder under 'allowed_paths:'"
        }
        guard let real = Self.realPath(checked) else { return nil }
        let realPermitted = permitted.map { Self.realPath($0) ?? $0 }
        guard Self.isInside(real, any: realPermitted) else {
            return "path '\(path)' leads through a symbolic link to \(real), outside the project folder (\(root)); "
                + "declare that folder under 'allowed_paths:' if it is meant"
        }
        return nil
    }

    private static func isInside(_ path: String, any folders: [String]) -> Bool {
        folders.contains { folder in
            path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
        }
    }

    /// The path with every symbolic link followed as far as it exists (the rest appended as
    /// written), or nil when not even the root resolves.
    private static func realPath(_ path: String) -> String? {
        var existing = path
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                return ([String(cString: resolved)] + rest.reversed()).joined(separator: "/")
                    .replacingOccurrences(of: "//", with: "/")
            }
            guard existing != "/", existing != "." else { return nil }
            rest.append(FilePath.name(of: existing))
            existing = FilePath.directory(of: existing)
        }
    }
}
