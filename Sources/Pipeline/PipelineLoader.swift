import BackboneCore
import Measure

/// Reads a pipeline file (docs/pipeline-file.md) into a checked `PipelineConfig`.
///
/// Every problem in the file is found in one pass and thrown together as a
/// `DiagnosticsError`, sorted by line and column, each naming `file:line:column`, so a
/// person fixes the whole file at once. No export is opened: paths stay as written, relative
/// to the pipeline file, and are only checked to stay in the project folder (`ProjectFolder`).
public enum PipelineLoader {
    /// Loads the file at `path`; messages name the file as `path` is written.
    public static func load(path: String) throws -> PipelineConfig {
        try load(yaml: YAMLFileText.read(path, noun: "pipeline file"), file: path)
    }

    /// Loads pipeline text already in memory; `file` is the name messages give it.
    public static func load(yaml: String, file: String) throws -> PipelineConfig {
        try load(document: YAMLDocument(yaml: yaml, file: file))
    }

    /// Loads a pipeline file already composed (`backbone link` reads the file once to tell its kind).
    static func load(document: YAMLDocument) throws -> PipelineConfig {
        var decoding = PipelineDecoding(document: document)
        let config = decoding.decode()
        var diagnostics = decoding.reader.diagnostics
        if let config { diagnostics += expressionErrors(config) }
        guard let config, diagnostics.isEmpty else {
            throw DiagnosticsError(sortedByPosition(diagnostics))
        }
        return config
    }

    /// Indicator filters type-checked against the student-year frame this pipeline will build.
    static func expressionErrors(_ config: PipelineConfig) -> [Diagnostic] {
        let organizations = config.partners.filter { $0.kind == .cbo }.map(\.id)
        do {
            _ = try IndicatorExpressions.compile(config.stages.measure.indicators, programPartners: organizations)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return [.error("\(error)", at: SourceLocation(file: config.file))]
        }
    }

    /// By line, then column; diagnostics at the same place keep the order they were found in.
    static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }
}
