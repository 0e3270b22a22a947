import BackboneCore
import Foundation
import Yams

/// Reads what `backbone link` links from either kind of file: a link settings file
/// (docs/link-settings.md), or a pipeline file and the person source named by `source`.
///
/// Every mistake in the file is thrown together as a `DiagnosticsError` naming
/// `file:line:column`, as the pipeline loader does. No roster is opened.
public enum LinkSettingsLoader {
    /// `files`, as typed on the command line, replace the paths in the file; they and
    /// `source` are checked here so that every mistake is reported before anything is read.
    public static func load(
        path: String, source: String? = nil, files: LinkFiles? = nil,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> LinkSettings {
        try load(
            yaml: YAMLFileText.read(path, noun: "settings file"), file: path, source: source, files: files,
            workingDirectory: workingDirectory)
    }

    /// Loads text already in memory; `file` is the name messages give it.
    public static func load(
        yaml: String, file: String, source: String? = nil, files: LinkFiles? = nil,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> LinkSettings {
        let document = YAMLDocument(yaml: yaml, file: file)
        if isPipelineFile(document) {
            let config = try PipelineLoader.load(document: document)
            return try LinkSettings(pipeline: config, source: source, files: files, workingDirectory: workingDirectory)
        }
        if let source {
            throw Diagnostic.error(
                "--source '\(source)' applies to pipeline files; this is a link settings file (it has no 'sources')",
                at: SourceLocation(file: file))
        }
        var decoding = PipelineDecoding(document: document)
        let settings = decoding.decodeLinkSettingsFile(files: files, workingDirectory: workingDirectory)
        let diagnostics = decoding.reader.diagnostics
        guard let settings, diagnostics.isEmpty else {
            throw DiagnosticsError(PipelineLoader.sortedByPosition(diagnostics))
        }
        return settings
    }

    /// A pipeline file declares `sources`; a link settings file has `students` and `participants` instead.
    private static func isPipelineFile(_ document: YAMLDocument) -> Bool {
        guard case .mapping(let root)? = document.root else { return false }
        return root.contains { pair in
            if case .scalar(let key) = pair.key { return key.string == "sources" }
            return false
        }
    }
}
