import BackboneCore
import Foundation

/// `backbone verify`: reruns the pipeline a published card's manifest names, on the inputs it
/// names (their hashes checked first), in a temporary folder, and compares every output byte
/// for byte with the published one.
public enum CardVerifier {
    public struct Report: Sendable {
        public var manifest: RunManifest
        /// Files compared (manifest.json aside, which holds the run id and times).
        public var compared: Int
        /// One per file that differs, missing or extra, in path order.
        public var differences: [FileDifference]
        /// Published files no longer matching the hash their manifest recorded: changed after publication.
        public var alteredAfterPublication: [String]
        /// Where the rerun's card is, when it was kept.
        public var rerunDirectory: String?

        public var reproduced: Bool { differences.isEmpty && alteredAfterPublication.isEmpty }
    }

    /// Throws `InputProblem` naming every input that changed since publication (nothing is
    /// rerun then), and whatever the rerun throws.
    public static func verify(
        publishedDirectory: String, pipeline: String? = nil, keepRerun: String? = nil, observer: RunObserver? = nil
    ) throws -> Report {
        let manifest = try RunManifest.read(publishedDirectory: publishedDirectory)
        let pipelinePath = pipeline ?? FilePath.resolve(manifest.pipeline.path, against: publishedDirectory)
        let config = try loadRecordedPipeline(pipelinePath, manifest: manifest, publishedDirectory: publishedDirectory)
        let inputs = try RunInputs.gather(config, baseDirectory: FilePath.directory(of: pipelinePath))
        let changes = InputComparison.changes(recorded: manifest, current: inputs)
        guard changes.isEmpty else { throw InputProblem(changes) }

        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let rerun = keepRerun ?? scratch + "/card"
        var options = RunOptions(outputDirectory: rerun, privateDirectory: scratch + "/private", baseline: manifest.baseline)
        options.recordsHistory = false
        _ = try PipelineRunner(config: config, options: options, observer: observer).run()

        let published = PublishedFiles.list(publishedDirectory).filter { $0 != RunManifest.fileName }
        let reproduced = PublishedFiles.list(rerun).filter { $0 != RunManifest.fileName }
        var differences: [FileDifference] = []
        for path in Set(published).union(reproduced).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            if let difference = try FileDifference.between(
                published: publishedDirectory + "/" + path, rerun: rerun + "/" + path, path: path)
            {
                differences.append(difference)
            }
        }
        let recorded = Dictionary(uniqueKeysWithValues: manifest.outputs.map { ($0.path, $0.sha256) })
        let altered = try published.filter { path in
            try recorded[path] != ContentHash.sha256(file: publishedDirectory + "/" + path).sha256
        }
        return Report(
            manifest: manifest, compared: published.count, differences: differences, alteredAfterPublication: altered,
            rerunDirectory: keepRerun)
    }

    private static func loadRecordedPipeline(
        _ path: String, manifest: RunManifest, publishedDirectory: String
    ) throws -> PipelineConfig {
        let display = FilePath.relative(path, to: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputProblem([.error(
                "the pipeline file the manifest names is not there (the manifest says \(manifest.pipeline.path), "
                    + "relative to the published folder); pass --pipeline with its new place",
                at: SourceLocation(file: display))])
        }
        let digest = try ContentHash.sha256(file: path)
        guard digest.sha256 == manifest.pipeline.sha256 else {
            throw InputProblem([.error(
                "the pipeline file changed since the card was published: expected SHA-256 \(manifest.pipeline.sha256) "
                    + "(\(manifest.pipeline.bytes) bytes), found \(digest.sha256) (\(digest.bytes) bytes)",
                at: SourceLocation(file: display))])
        }
        return try PipelineLoader.load(path: path)
    }

    /// A fresh owner-only folder under the system's temporary folder.
    private static func temporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/backbone-verify-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Diagnostic.error("cannot create a temporary folder for the rerun", at: SourceLocation(file: NSTemporaryDirectory()))
        }
        return String(cString: made)
    }
}
