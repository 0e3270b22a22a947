import BackboneCore

/// What changed between the inputs a manifest recorded and those on disk now: each changed,
/// missing or new file, named as the manifest names it, with both hashes.
enum InputComparison {
    static func changes(recorded manifest: RunManifest, current inputs: RunInputs) -> [Diagnostic] {
        var changes: [Diagnostic] = []
        let recordedSources = Dictionary(uniqueKeysWithValues: manifest.sources.map { ($0.source, $0.files) })
        for source in inputs.sources {
            // A source the recorded run never reached (a stop before its stage) has no files to compare.
            guard let recorded = recordedSources[source.id] else { continue }
            changes += compare(recorded, source.files, what: "source '\(source.id)'")
        }
        for source in manifest.sources where !inputs.sources.contains(where: { $0.id == source.source }) {
            changes.append(.error("source '\(source.source)' was read for the published card but the pipeline no longer has it"))
        }
        changes += compare(manifest.templates, inputs.templates, what: "report templates")
        changes += compare(manifest.decisions.map { [$0] } ?? [], inputs.decisions.map { [$0] } ?? [], what: "review decisions")
        return changes
    }

    private static func compare(_ recorded: [RunManifest.Input], _ current: [RunInputs.File], what: String) -> [Diagnostic] {
        let now = Dictionary(uniqueKeysWithValues: current.map { ($0.relativePath, $0) })
        var changes: [Diagnostic] = []
        for input in recorded {
            guard let file = now[input.path] else {
                changes.append(.error("input of \(what) is missing; it was read for the published card", at: SourceLocation(file: input.path)))
                continue
            }
            if file.digest.sha256 != input.sha256 {
                changes.append(.error(
                    "input of \(what) changed since the card was published: expected SHA-256 \(input.sha256) (\(input.bytes) bytes), "
                        + "found \(file.digest.sha256) (\(file.digest.bytes) bytes)",
                    at: SourceLocation(file: input.path)))
            }
        }
        let recordedPaths = Set(recorded.map(\.path))
        for file in current where !recordedPaths.contains(file.relativePath) {
            changes.append(.error(
                "new input of \(what): this file was not read for the published card", at: SourceLocation(file: file.relativePath)))
        }
        return changes
    }
}
