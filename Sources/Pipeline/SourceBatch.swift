import BackboneCore
import Extract

/// Extracts several sources at once and reports every failure, not just the first.
///
/// The work is split by file, not by source: one source of five yearly files is five tasks,
/// so a single large source does not keep one core busy while the other waits. Idle workers
/// take the largest remaining file first; each source is put back together in file order.
enum SourceBatch {
    /// In the order of `sources`, whatever the thread count. With `inputs`, files are resolved
    /// and sized from them, and a file whose bytes as read differ from its hash there (an
    /// export still being written) fails the batch; without, each source's path is resolved here.
    static func extract(
        _ sources: [SourceConfig], baseDirectory: String, displayBase: String, inputs: RunInputs? = nil
    ) throws -> [ExtractedSource] {
        var failures: [Diagnostic] = []
        var files: [[String]] = []
        var costs: [[Int]] = []
        for source in sources {
            if let inputs {
                let recorded = inputs.files(ofSource: source.id)
                files.append(recorded.map(\.path))
                costs.append(recorded.map { estimatedWork($0.path, bytes: $0.digest.bytes) })
                continue
            }
            do {
                let resolved = try SourceFiles.resolve(
                    source.path, against: baseDirectory, location: source.pathLocation ?? source.location)
                files.append(resolved)
                costs.append(resolved.map { _ in 1 })
            } catch {
                failures += diagnostics(error)
                files.append([])
                costs.append([])
            }
        }
        let sourceFiles = files
        let tasks = files.indices.flatMap { s in files[s].indices.map { (source: s, file: $0) } }
        let parts = Parallel.mapLargestFirst(tasks.map { costs[$0.source][$0.file] }) { t in
            Result {
                try SourceExtractor.extractFile(
                    tasks[t].file, of: sourceFiles[tasks[t].source], source: sources[tasks[t].source], displayBase: displayBase)
            }
        }
        var extracted: [ExtractedSource] = []
        var next = 0
        for (s, source) in sources.enumerated() {
            let results = parts[next..<next + files[s].count]
            next += files[s].count
            var sourceParts: [SourceExtractor.FilePart] = []
            let recorded = inputs?.files(ofSource: source.id)
            for (index, result) in results.enumerated() {
                switch result {
                case .success(let part):
                    if let before = recorded?[index], before.digest != part.digest {
                        failures.append(changedWhileRead(before, read: part.digest, displayBase: displayBase))
                    }
                    sourceParts.append(part)
                case .failure(let error): failures += diagnostics(error).filter { !failures.contains($0) }
                }
            }
            if sourceParts.count == files[s].count, !files[s].isEmpty {
                let whole = SourceExtractor.assemble(source, files: files[s], parts: sourceParts)
                if whole.rowsRead > source.limits.maxRows {
                    failures.append(.error(
                        "source '\(source.id)' reads \(whole.rowsRead) rows from its \(files[s].count) files, more than "
                            + "\(source.limits.maxRows), the limit 'limits: max_rows'; raise it if the exports really are this large",
                        at: source.pathLocation ?? source.location))
                }
                extracted.append(whole)
            }
        }
        // Missing files, missing columns and unreadable bytes are the export's problem, not the pipeline file's.
        guard failures.isEmpty else { throw InputProblem(failures) }
        return extracted
    }

    /// The file was hashed for the manifest before extract, then read with other bytes.
    private static func changedWhileRead(
        _ file: RunInputs.File, read: ContentHash.FileDigest, displayBase: String
    ) -> Diagnostic {
        .error(
            "changed while the run was reading it (its SHA-256 before extract was \(file.digest.sha256), while extracting "
                + "\(read.sha256)); rerun when the export is complete",
            at: SourceLocation(file: FilePath.walk(to: file.path, from: displayBase)))
    }

    private static func diagnostics(_ error: Error) -> [Diagnostic] {
        switch error {
        case let error as Diagnostic: return [error]
        case let error as DiagnosticsError: return error.diagnostics
        default: return [.error("\(error)")]
        }
    }

    /// Bytes to decode: a gzipped file holds several times its size.
    private static func estimatedWork(_ path: String, bytes: Int) -> Int {
        bytes * (path.hasSuffix(".gz") ? 8 : 1)
    }
}
