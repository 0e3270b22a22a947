import BackboneCore
import Extract
import Foundation

/// Every file a run reads, hashed before anything is extracted: what the manifest names, the
/// methodology page shows, verify checks and the stage cache is keyed on.
public struct RunInputs: Sendable {
    public struct File: Sendable, Equatable {
        /// Absolute, for reading.
        public var path: String
        /// From the pipeline file's folder, as the manifest records it.
        public var relativePath: String
        public var digest: ContentHash.FileDigest
    }

    public var pipeline: File
    /// Each source's files in reading order, sources in pipeline-file order.
    public var sources: [(id: String, files: [File])]
    /// The report templates and stylesheet, sorted by name.
    public var templates: [File]
    /// The reviewers' decisions file, when the pipeline names one.
    public var decisions: File?

    public func files(ofSource id: String) -> [File] {
        sources.first { $0.id == id }?.files ?? []
    }

    /// Resolves every input and hashes all of them in parallel; every missing input is reported at once.
    public static func gather(_ config: PipelineConfig, baseDirectory: String) throws -> RunInputs {
        var problems: [Diagnostic] = []
        var sourcePaths: [(String, [String])] = []
        for source in config.sources {
            do {
                sourcePaths.append((source.id, try SourceFiles.resolve(source.path, against: baseDirectory, location: source.pathLocation ?? source.location)))
            } catch let diagnostic as Diagnostic {
                // Two sources reading one missing file: one message.
                if !problems.contains(where: { $0.message == diagnostic.message }) { problems.append(diagnostic) }
            }
        }
        let templatesFolder = FilePath.resolve(config.stages.report.templates, against: baseDirectory)
        let templateNames = PublishedFiles.list(templatesFolder).filter { !FilePath.name(of: $0).hasPrefix(".") }
        if templateNames.isEmpty {
            problems.append(.error(
                "the report templates folder '\(config.stages.report.templates)' is missing or empty",
                at: config.stages.report.common.location))
        }
        let decisionsPath = config.stages.link.decisions.map { FilePath.resolve($0, against: baseDirectory) }
        if let decisionsPath, !FileManager.default.fileExists(atPath: decisionsPath) {
            problems.append(.error(
                "the decisions file '\(config.stages.link.decisions!)' does not exist (looked for \(decisionsPath))",
                at: config.stages.link.common.location))
        }
        guard problems.isEmpty else { throw InputProblem(problems) }

        let pipelinePath = FilePath.resolve(config.file, against: FileManager.default.currentDirectoryPath)
        let paths = [pipelinePath] + sourcePaths.flatMap(\.1) + templateNames.map { templatesFolder + "/" + $0 }
            + (decisionsPath.map { [$0] } ?? [])
        let digests = Parallel.map(paths.count) { i in Result { try ContentHash.sha256(file: paths[i]) } }
        var files: [File] = []
        for (path, digest) in zip(paths, digests) {
            do {
                files.append(File(path: path, relativePath: FilePath.walk(to: path, from: baseDirectory), digest: try digest.get()))
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        guard problems.isEmpty else { throw InputProblem(problems) }
        var next = 1
        var sources: [(id: String, files: [File])] = []
        for (id, paths) in sourcePaths {
            sources.append((id, Array(files[next..<next + paths.count])))
            next += paths.count
        }
        let templates = Array(files[next..<next + templateNames.count])
        return RunInputs(
            pipeline: files[0], sources: sources, templates: templates, decisions: decisionsPath == nil ? nil : files.last)
    }
}
