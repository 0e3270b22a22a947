import BackboneCore
import Extract
import Measure
import Yams

extension PipelineDecoding {
    static let indicatorKeys = [
        "id", "name", "description", "population", "numerator", "year", "years", "baseline", "target", "direction",
    ]
    static let requiredIndicatorKeys = ["id", "name", "population", "numerator"]

    /// `measure.indicators`: ids are unique and stable; expressions are kept as text with their
    /// location, to be checked against the student-year frame.
    mutating func decodeIndicators(_ node: Node) -> [IndicatorConfig]? {
        guard let items = reader.sequence(node, for: "'indicators'") else { return nil }
        var indicators: [IndicatorConfig] = []
        var firstLines: [String: Int] = [:]
        for (offset, item) in items.enumerated() {
            if let indicator = decodeIndicator(item, number: offset + 1, firstLines: &firstLines) {
                indicators.append(indicator)
            }
        }
        return indicators.count == items.count ? indicators : nil
    }

    private mutating func decodeIndicator(_ node: Node, number: Int, firstLines: inout [String: Int]) -> IndicatorConfig? {
        var owner = "indicator \(number)"
        if case .mapping(let mapping) = node, case .scalar(let id)? = mapping["id"], !id.string.isEmpty {
            owner = "indicator '\(id.string)'"
        }
        guard let indicator = reader.mapping(
            node, for: owner, owner: owner, allowed: Self.indicatorKeys, required: Self.requiredIndicatorKeys)
        else { return nil }
        let id = indicator["id"].flatMap { indicatorID($0, firstLines: &firstLines) }
        let name = indicator["name"].flatMap { reader.string($0, for: "'name'") }
        let description = indicator["description"].map { reader.string($0, for: "'description'") } ?? ""
        let populationNode = indicator["population"]
        let population = populationNode.flatMap { reader.string($0, for: "'population'") }
        let numeratorNode = indicator["numerator"]
        let numerator = numeratorNode.flatMap { reader.string($0, for: "'numerator'") }
        let yearNode = indicator["year"]
        let year = yearNode.map { reader.string($0, for: "'year'") }
        let years = indicator["years"].map { schoolYears($0) }
        let baseline = indicator["baseline"].map { baselineYear($0) }
        let target = indicator["target"].map { reader.number($0, for: "'target'") }
        let direction: Direction? = indicator["direction"].map { reader.choice($0, key: "direction", noun: "direction") }
            ?? .up
        guard let id, let name, let description, let population, let populationNode, let numerator,
            let numeratorNode, year != .some(nil), years != .some(nil), baseline != .some(nil), target != .some(nil),
            let direction
        else { return nil }
        return IndicatorConfig(
            id: id, name: name, description: description,
            population: population, populationLocation: reader.expressionLocation(of: populationNode),
            numerator: numerator, numeratorLocation: reader.expressionLocation(of: numeratorNode),
            year: year ?? nil, yearLocation: yearNode.map { reader.expressionLocation(of: $0) }, years: years ?? nil,
            baselineYear: baseline ?? nil, target: target ?? nil, direction: direction,
            location: reader.location(of: node))
    }

    /// `[a-z0-9_]+`, and not used by an earlier indicator.
    private mutating func indicatorID(_ node: Node, firstLines: inout [String: Int]) -> String? {
        guard let id = reader.string(node, for: "'id'") else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        guard id.allSatisfy({ allowed.contains($0) }) else {
            reader.error("indicator id '\(id)' may use only a-z, 0-9 and '_'", at: node)
            return nil
        }
        let line = reader.location(of: node).line ?? 0
        if let firstLine = firstLines[id] {
            reader.error("duplicate indicator id '\(id)'; first declared at line \(firstLine)", at: node)
            return nil
        }
        firstLines[id] = line
        return id
    }

    /// A school year by its ending year: `2024`, `2023-24` or `2023-2024`.
    private mutating func baselineYear(_ node: Node) -> Int? {
        schoolYear(node, for: "'baseline'")
    }

    private mutating func schoolYear(_ node: Node, for what: String) -> Int? {
        guard case .scalar(let scalar) = node, let year = SchoolYear.parse(scalar.string) else {
            reader.typeError(expected: "a school year", for: what, found: node)
            return nil
        }
        return year
    }

    /// `years: [2025, 2026]`: the school years an indicator reports.
    private mutating func schoolYears(_ node: Node) -> [Int]? {
        guard let items = reader.sequence(node, for: "'years'") else { return nil }
        let years = items.map { schoolYear($0, for: "an entry of 'years'") }
        return years.contains(nil) ? nil : years.compactMap { $0 }
    }
}
