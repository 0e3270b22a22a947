import BackboneCore
import Foundation
import Validate
import Yams

/// One pass over a composed pipeline file: builds the typed configuration and records every
/// problem on the way.
///
/// Each part decodes as far as it can and its neighbours are still checked; the result is used
/// only when no diagnostic was recorded, so a part may fall back to nothing once its problem
/// is reported. References are checked only against parts that could be read, so one mistake
/// is reported once, not again by everything that points at it.
struct PipelineDecoding {
    var reader: YAMLNodeReader
    /// Partner ids as declared; nil when `partners` is missing or unusable.
    var partnerIDs: [String]?
    /// Every declared source and its table where that could be read, in file order.
    var declaredSources: [(id: String, table: CanonicalTable?)] = []
    /// Every source's `rules:` and `threshold:`, decoded once all sources' fields are known;
    /// nil when any could not be read.
    var sourceRules: [SourceRules]? = []
    /// Where the paths the file names may lead; nil while `project_root` or `allowed_paths`
    /// cannot be read.
    var projectFolder: ProjectFolder?

    static let topLevelKeys = ["backbone", "partnership", "partners", "sources", "stages", "project_root", "allowed_paths", "limits"]
    static let partnerKeys = ["name", "kind"]
    static let supportedVersion = 1

    init(document: YAMLDocument) {
        reader = YAMLNodeReader(document: document)
    }

    var file: String { reader.document.file }

    mutating func decode() -> PipelineConfig? {
        guard let rootNode = reader.document.root else {
            if reader.diagnostics.isEmpty {
                let start = SourceLocation(file: file, line: 1, column: 1)
                reader.report(.error("the pipeline file is empty; expected a mapping starting with 'backbone: 1'", at: start))
            }
            return nil
        }
        let owner = "the pipeline file"
        guard let root = reader.mapping(
            rootNode, for: owner, owner: owner, allowed: Self.topLevelKeys,
            required: ["backbone", "partnership", "partners", "sources"])
        else { return nil }
        let versionIsSupported = root["backbone"].map { checkVersion($0, of: "pipeline file") } ?? false
        projectFolder = decodeProjectFolder(root)
        let limits = decodeLimits(root["limits"])
        let partnership = root["partnership"].flatMap { decodePartnership($0) }
        let partners = root["partners"].flatMap { decodePartners($0) }
        let sources = root["sources"].flatMap { decodeSources($0) }
        let stages = decodeStages(root.entry("stages"), partners: partners, sources: sources)
        guard versionIsSupported, let partnership, let partners, var sources, let stages, let limits else { return nil }
        for index in sources.indices { sources[index].limits = limits }
        return PipelineConfig(file: file, partnership: partnership, partners: partners, sources: sources, stages: stages)
    }

    /// `project_root:` and `allowed_paths:`, both relative to the pipeline (or link settings) file,
    /// itself named relative to `workingDirectory`.
    mutating func decodeProjectFolder(
        _ root: YAMLMapping, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> ProjectFolder? {
        let projectRoot = root["project_root"].flatMap { reader.string($0, for: "'project_root'") }
        let allowed = root["allowed_paths"].flatMap { strings($0, for: "'allowed_paths'") }
        if root["project_root"] != nil, projectRoot == nil { return nil }
        if root["allowed_paths"] != nil, allowed == nil { return nil }
        return ProjectFolder(
            pipelineFile: file, projectRoot: projectRoot, allowedPaths: allowed ?? [], workingDirectory: workingDirectory)
    }

    /// The path when it stays in the project folder or a folder `allowed_paths:` declares;
    /// `what` names the file in the advice of the error.
    mutating func confined(_ path: String, at node: Node?, what: String = "the export") -> String? {
        guard let projectFolder, let node, let refusal = projectFolder.refusal(of: path, what: what) else { return path }
        reader.error(refusal, at: node)
        return nil
    }

    /// `backbone: 1` of a pipeline or link settings file (`kind` names which in the error).
    mutating func checkVersion(_ node: Node, of kind: String) -> Bool {
        guard let version = reader.integer(node, for: "'backbone'") else { return false }
        guard version == Self.supportedVersion else {
            reader.error("unsupported \(kind) version \(version); expected \(Self.supportedVersion)", at: node)
            return false
        }
        return true
    }

    private mutating func decodePartnership(_ node: Node) -> PartnershipConfig? {
        let owner = "'partnership'"
        guard let partnership = reader.mapping(
            node, for: owner, owner: owner, allowed: ["name", "vision"], required: ["name"])
        else { return nil }
        let name = partnership["name"].flatMap { reader.string($0, for: "'name'") }
        let vision = partnership["vision"].flatMap { reader.string($0, for: "'vision'") }
        guard let name else { return nil }
        return PartnershipConfig(name: name, vision: vision, location: reader.location(of: node))
    }

    private mutating func decodePartners(_ node: Node) -> [PartnerConfig]? {
        guard let partners = reader.mapping(node, for: "'partners'", owner: "'partners'") else { return nil }
        partnerIDs = partners.entries.map(\.key)
        var decoded: [PartnerConfig] = []
        for entry in partners.entries {
            let owner = "partner '\(entry.key)'"
            guard let partner = reader.mapping(
                entry.value, for: owner, owner: owner, allowed: Self.partnerKeys, required: Self.partnerKeys)
            else { continue }
            let name = partner["name"].flatMap { reader.string($0, for: "'name'") }
            let kind: PartnerKind? = partner["kind"].flatMap { reader.choice($0, key: "kind", noun: "partner kind") }
            guard let name, let kind else { continue }
            decoded.append(PartnerConfig(id: entry.key, name: name, kind: kind, location: reader.location(of: entry.keyNode)))
        }
        return decoded.count == partners.entries.count ? decoded : nil
    }

    /// A reference to a partner or source id: `partner 'riverton' is not declared in 'partners'; did you mean …`.
    static func notDeclared(_ noun: String, _ id: String, in section: String, among declared: [String]) -> String {
        "\(noun) '\(id)' is not declared in '\(section)'" + NameSuggestion.suffix(for: id, among: declared)
    }
}
