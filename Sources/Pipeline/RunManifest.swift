import BackboneCore
import Foundation

/// `manifest.json` in every published folder: what an auditor needs to reproduce the card —
/// Backbone's version, the pipeline file, every input with its SHA-256 and row account, each
/// stage's counts and time, and every output's SHA-256. The run id and times appear here and
/// nowhere else, so the other files are the same bytes on every rerun.
public struct RunManifest: Codable, Sendable, Equatable {
    public static let fileName = "manifest.json"

    public struct Run: Codable, Sendable, Equatable {
        public var id: String
        /// ISO 8601, UTC.
        public var started: String
        public var finished: String
        /// Worker threads used; outputs do not depend on it.
        public var threads: Int
        /// `full`, or `incremental` when unchanged stages were taken from the cache.
        public var mode: String
    }

    /// A file read by the run, as the manifest names it.
    public struct Input: Codable, Sendable, Equatable {
        /// The pipeline file: relative to the published folder; every other input: relative to
        /// the pipeline file's folder.
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    /// One source's files and what became of its rows.
    public struct Source: Codable, Sendable, Equatable {
        public var source: String
        public var files: [Input]
        public var rowsRead: Int
        public var rowsKept: Int
        public var rowsQuarantined: Int

        enum CodingKeys: String, CodingKey {
            case source, files, rowsRead = "rows_read", rowsKept = "rows_kept", rowsQuarantined = "rows_quarantined"
        }
    }

    public struct Stage: Codable, Sendable, Equatable {
        public var stage: String
        public var seconds: Double
        /// Record counts (rows, participants, links, student-years, files), never values.
        public var records: [String: Int]
        /// Taken from the stage cache because its inputs and settings had not changed.
        public var skipped: Bool
    }

    public struct Output: Codable, Sendable, Equatable {
        /// Relative to the published folder, `/`-separated.
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    public var format = 1
    public var backboneVersion: String
    public var run: Run
    public var pipeline: Input
    public var sources: [Source]
    public var templates: [Input]
    public var decisions: Input?
    /// The last card's data-quality figures this card compares with; verify reruns against them.
    public var baseline: PreviousDataQuality
    public var stages: [Stage]
    public var outputs: [Output]

    // Explicit snake_case keys: a key strategy would also rewrite source ids used as dictionary keys.
    enum CodingKeys: String, CodingKey {
        case format, backboneVersion = "backbone_version", run, pipeline, sources, templates, decisions, baseline, stages, outputs
    }

    /// Sorted keys, indented: stable for diffs and readable by people.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0a)
        return data
    }

    /// Reads `manifest.json` from a published folder.
    public static func read(publishedDirectory: String) throws -> RunManifest {
        let path = publishedDirectory + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputProblem([.error("no \(fileName) here: is this a folder Backbone published?", at: SourceLocation(file: path))])
        }
        do {
            return try JSONDecoder().decode(RunManifest.self, from: data)
        } catch {
            throw InputProblem([.error("cannot read the manifest: \(error)", at: SourceLocation(file: path))])
        }
    }

    /// Every file under `directory` but the manifest, sorted by path, with its size and SHA-256.
    public static func outputs(of directory: String) throws -> [Output] {
        let paths = PublishedFiles.list(directory).filter { $0 != fileName }
        let digests = try Parallel.map(paths.count) { i in Result { try ContentHash.sha256(file: directory + "/" + paths[i]) } }
            .map { try $0.get() }
        return zip(paths, digests).map { Output(path: $0, bytes: $1.bytes, sha256: $1.sha256) }
    }
}

/// The files of a published folder, relative and sorted byte-wise, so listings match everywhere.
public enum PublishedFiles {
    public static func list(_ directory: String) -> [String] {
        var files: [String] = []
        func walk(_ relative: String) {
            let folder = relative.isEmpty ? directory : directory + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory), isDirectory.boolValue {
                    walk(path)
                } else {
                    files.append(path)
                }
            }
        }
        walk("")
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
