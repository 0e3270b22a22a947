import BackboneCore
import Extract
import Foundation

extension PipelineRunner {
    var stageCache: StageCache { StageCache(privateDirectory: options.privateDirectory) }

    /// Each source's extract, in order: from the cache where its key matches, else read from its
    /// files and cached. Also says how many came from the cache.
    func extractOrReuse(_ sources: [SourceConfig], inputs: RunInputs) throws -> (extracted: [ExtractedSource], fromCache: Int) {
        let keys = StageKeys(config: config, inputs: inputs)
        let cached = cachedExtracts(sources, keys: keys, inputs: inputs)
        let fresh = try SourceBatch.extract(
            zip(sources, cached).filter { $1 == nil }.map(\.0), baseDirectory: baseDirectory, displayBase: baseDirectory,
            inputs: inputs)
        cacheExtracts(fresh, keys: keys)
        var next = fresh.makeIterator()
        return (cached.map { $0 ?? next.next()! }, sources.count - fresh.count)
    }

    /// The end of a stage's line when some or all of it came from the cache.
    static func cacheNote(_ fromCache: Int, of total: Int) -> String {
        switch fromCache {
        case 0: return ""
        case total: return "; unchanged, taken from the cache"
        default: return "; \(fromCache) of \(total) unchanged, taken from the cache"
        }
    }

    /// Each source's extract from the cache, in order; nil where it must be extracted (new or
    /// changed inputs or settings, a damaged entry, or a `--full` run).
    private func cachedExtracts(_ sources: [SourceConfig], keys: StageKeys, inputs: RunInputs) -> [ExtractedSource?] {
        guard !options.full else { return sources.map { _ in nil } }
        let cache = stageCache
        let baseDirectory = baseDirectory
        let lookups = Parallel.map(sources.count) { i -> Result<ExtractedSource, StageCacheProblem>? in
            let source = sources[i]
            let entry = StageCache.entry(stage: "extract", source: source.id)
            switch cache.read(entry, key: keys.extract[source.id]!) {
            case .miss: return nil
            case .unusable(let reason): return .failure(StageCacheProblem(entry: entry, reason: reason))
            case .hit(var reader):
                let files = inputs.files(ofSource: source.id).map(\.path)
                do {
                    return .success(try ExtractedSource(
                        from: &reader, config: source, files: files,
                        names: files.map { FilePath.walk(to: $0, from: baseDirectory) }))
                } catch {
                    return .failure(StageCacheProblem(entry: entry, reason: "\(error)"))
                }
            }
        }
        return zip(sources, lookups).map { source, lookup in
            switch lookup {
            case .success(let extracted): return extracted
            case .failure(let problem):
                warn(problem, instead: "extracting source '\(source.id)' again")
                return nil
            case nil: return nil
            }
        }
    }

    private func cacheExtracts(_ extracted: [ExtractedSource], keys: StageKeys) {
        let cache = stageCache
        let failures = Parallel.map(extracted.count) { i -> Error? in
            var writer = BinaryWriter()
            extracted[i].encode(to: &writer)
            let id = extracted[i].config.id
            do {
                try cache.write(StageCache.entry(stage: "extract", source: id), key: keys.extract[id]!, payload: writer.bytes)
                return nil
            } catch {
                return error
            }
        }
        for failure in failures.compactMap({ $0 }) { warnNotCached(failure) }
        cache.prune(keeping: Set(config.sources.map { StageCache.entry(stage: "extract", source: $0.id) } + ["link"]))
    }

    func cachedLink(key: String) -> LinkStageResult? {
        guard !options.full else { return nil }
        switch stageCache.read("link", key: key) {
        case .miss: return nil
        case .unusable(let reason):
            warn(StageCacheProblem(entry: "link", reason: reason), instead: "linking again")
            return nil
        case .hit(var reader):
            do {
                return try LinkStageResult(from: &reader)
            } catch {
                warn(StageCacheProblem(entry: "link", reason: "\(error)"), instead: "linking again")
                return nil
            }
        }
    }

    func cacheLink(_ result: LinkStageResult, key: String) {
        do {
            try stageCache.write("link", key: key, payload: result.encoded())
        } catch {
            warnNotCached(error)
        }
    }

    private func warn(_ problem: StageCacheProblem, instead: String) {
        observer?.warning(.warning(
            "ignored a damaged stage cache entry (\(problem.reason)); \(instead)",
            at: SourceLocation(file: FilePath.relative(stageCache.path(of: problem.entry), to: displayBase))))
    }

    /// The next run does the stage again: worth a warning, not a failed run.
    private func warnNotCached(_ error: Error) {
        let location = (error as? Diagnostic)?.location ?? (error as? InternalError)?.diagnostic.location
        observer?.warning(.warning(
            "the stage cache was not updated (\(FileErrorReason.of(error))); the next run repeats this stage", at: location))
    }
}

/// Why a cache entry could not be used.
struct StageCacheProblem: Error {
    var entry: String
    var reason: String
}
