import BackboneCore
import Extract

/// Extracts several sources at once, in parallel, and reports every failure, not just the first.
enum SourceBatch {
    /// In the order of `sources`, whatever the thread count.
    static func extract(_ sources: [SourceConfig], baseDirectory: String, displayBase: String) throws -> [ExtractedSource] {
        let results = Parallel.map(sources.count) { i in
            Result { try SourceExtractor.extract(sources[i], baseDirectory: baseDirectory, displayBase: displayBase) }
        }
        var extracted: [ExtractedSource] = []
        var failures: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let source): extracted.append(source)
            case .failure(let error as Diagnostic): failures.append(error)
            case .failure(let error as DiagnosticsError): failures += error.diagnostics
            case .failure(let error): failures.append(.error("\(error)"))
            }
        }
        // Missing files, missing columns and unreadable bytes are the export's problem, not the pipeline file's.
        guard failures.isEmpty else { throw InputProblem(failures) }
        return extracted
    }
}
