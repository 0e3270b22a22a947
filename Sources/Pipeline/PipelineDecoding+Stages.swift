import BackboneCore
import Extract
import Measure
import Yams

extension PipelineDecoding {
    /// The stages a pipeline file configures, in run order; also the names `needs:` accepts.
    static let stageNames = ["validate", "link", "measure", "report"]

    /// One stage's mapping (nil when the stage is not declared) and its shared settings.
    struct StageSection {
        var settings: YAMLMapping?
        var common: StageCommon
    }

    /// Every stage is optional; an absent one runs with its defaults.
    mutating func decodeStages(
        _ entry: YAMLMapping.Entry?, partners: [PartnerConfig]?, sources: [SourceConfig]?
    ) -> StagesConfig? {
        var stages: YAMLMapping?
        if let entry {
            stages = reader.mapping(entry.value, for: "'stages'", owner: "'stages'", allowed: Self.stageNames)
            if stages == nil { return nil }
        }
        let absentLocation = entry.map { reader.location(of: $0.keyNode) } ?? SourceLocation(file: file)
        let validate = section("validate", of: stages, keys: [], absentAt: absentLocation)
        let link = section("link", of: stages, keys: Self.linkKeys, required: ["reference"], absentAt: absentLocation)
        let measure = section("measure", of: stages, keys: Self.measureKeys, absentAt: absentLocation)
        let report = section("report", of: stages, keys: ["templates", "title"], absentAt: absentLocation)

        let reference = link.flatMap { linkReference($0, partners: partners, sources: sources) }
        let probabilistic = link.flatMap { linkSettings($0.settings) }
        let decisions = link.flatMap { linkDecisions($0.settings) }
        let schoolsNode = link?.settings?["schools"]
        let schools = schoolsNode.flatMap { schoolsSource($0) }
        let measureSettings = measure.flatMap { decodeMeasure($0.settings) }
        let templates = report?.settings?["templates"].map { node in
            reader.string(node, for: "'templates'").flatMap { confined($0, at: node, what: "the templates folder") }
        } ?? ""
        let title = report?.settings?["title"].flatMap { reader.string($0, for: "'title'") }

        guard let validate, let sourceRules, let link, let reference, let probabilistic, schoolsNode == nil || schools != nil,
            let measure, let measureSettings, let report, let templates
        else { return nil }
        return StagesConfig(
            validate: ValidateStageConfig(common: validate.common, sources: sourceRules),
            link: LinkStageConfig(
                common: link.common, reference: reference, probabilistic: probabilistic,
                decisions: decisions, schools: schools),
            measure: MeasureStageConfig(
                common: measure.common, minimumCellSize: measureSettings.minimumCellSize,
                topBottomCoding: measureSettings.coding, dosageBands: measureSettings.dosageBands,
                indicators: measureSettings.indicators),
            report: ReportStageConfig(common: report.common, templates: templates, title: title))
    }

    /// A stage's mapping with its own keys plus `needs`; nil when it is declared but unusable.
    private mutating func section(
        _ name: String, of stages: YAMLMapping?, keys: [String], required: [String] = [],
        absentAt absentLocation: SourceLocation
    ) -> StageSection? {
        guard let node = stages?[name] else {
            return StageSection(common: StageCommon(needs: [], needsLocations: [], location: absentLocation))
        }
        let owner = "stage '\(name)'"
        guard let settings = reader.mapping(node, for: owner, owner: owner, allowed: keys + ["needs"], required: required)
        else { return nil }
        var needs: [String] = []
        var needsLocations: [SourceLocation] = []
        if let needsNode = settings["needs"], let items = reader.sequence(needsNode, for: "'needs'") {
            for item in items {
                guard let stage = reader.string(item, for: "an entry of 'needs'") else { continue }
                guard Self.stageNames.contains(stage) else {
                    let expected = Self.stageNames.joined(separator: ", ")
                    reader.error("unknown stage '\(stage)'; expected one of: \(expected)", at: item)
                    continue
                }
                needs.append(stage)
                needsLocations.append(reader.location(of: item))
            }
        }
        let common = StageCommon(needs: needs, needsLocations: needsLocations, location: reader.location(of: node))
        return StageSection(settings: settings, common: common)
    }

    /// `link.reference` must name a `person` source; without a link stage it is the first person
    /// source of a district partner, else the first person source ("" when there is none).
    private mutating func linkReference(
        _ link: StageSection, partners: [PartnerConfig]?, sources: [SourceConfig]?
    ) -> String? {
        guard let settings = link.settings else {
            let people = sources?.filter { $0.table == .person } ?? []
            let districts = Set(partners?.filter { $0.kind == .district }.map(\.id) ?? [])
            return (people.first { districts.contains($0.partner) } ?? people.first)?.id ?? ""
        }
        guard let node = settings["reference"], let reference = reader.string(node, for: "'reference'") else {
            return nil
        }
        guard let declared = declaredSources.first(where: { $0.id == reference }) else {
            let ids = declaredSources.map(\.id)
            reader.error(Self.notDeclared("link reference", reference, in: "sources", among: ids), at: node)
            return nil
        }
        if let table = declared.table, table != .person {
            reader.error(
                "link reference '\(reference)' is a source of table '\(table.rawValue)'; expected a source of table 'person'",
                at: node)
            return nil
        }
        return reference
    }

    /// `schools:` names a declared source of table `school`; nil when it cannot be used.
    private mutating func schoolsSource(_ node: Node) -> String? {
        guard let id = reader.string(node, for: "'schools'") else { return nil }
        guard let declared = declaredSources.first(where: { $0.id == id }) else {
            reader.error(Self.notDeclared("schools source", id, in: "sources", among: declaredSources.map(\.id)), at: node)
            return nil
        }
        if let table = declared.table, table != .school {
            reader.error("schools source '\(id)' is a source of table '\(table.rawValue)'; expected a source of table 'school'", at: node)
            return nil
        }
        return id
    }
}
