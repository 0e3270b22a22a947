import BackboneCore
import Measure

/// The template-facing view of the methodology page.
enum MethodologyView {
    static func make(_ model: ReportCardModel) -> [String: Any] {
        var view: [String: Any] = [
            "indicators": model.indicators.map { series -> [String: Any] in
                let definition = series.definition
                var row: [String: Any] = [
                    "id": definition.id, "name": definition.name, "description": definition.description,
                    "population": definition.population, "numerator": definition.numerator,
                    "direction": definition.direction == .up ? "higher is better" : "lower is better",
                    "years": series.years.map(SchoolYear.label).joined(separator: ", "),
                ]
                if let year = definition.year { row["yearExpression"] = year }
                if let baseline = definition.baselineYear { row["baselineYear"] = SchoolYear.label(baseline) }
                if let target = definition.target { row["target"] = NumberFormat.percent(target) }
                return row
            },
            "dimensions": dimensions(model),
        ]
        if let methodology = model.methodology {
            view["pipelineFile"] = methodology.pipelineFile
            view["sources"] = methodology.sources.map { source -> [String: Any] in
                [
                    "id": source.id, "partner": source.partner, "table": source.table, "format": source.format,
                    "files": source.files.map { ["name": $0.name, "bytes": NumberFormat.count($0.bytes), "sha256": $0.sha256] },
                    "rules": source.rules.map { ["rule": $0] }, "hasRules": !source.rules.isEmpty,
                ]
            }
            view["suppression"] = methodology.suppression.map { ["name": $0.name, "value": $0.value] }
            view["linkage"] = methodology.linkage.map { ["name": $0.name, "value": $0.value] }
        }
        return view
    }

    /// Every dimension with the groups it has in any indicator, in publishing order.
    private static func dimensions(_ model: ReportCardModel) -> [[String: Any]] {
        guard let first = model.indicators.first else { return [] }
        let context = IndicatorView.Context(minimumCellSize: model.minimumCellSize, schoolNames: model.schoolNames)
        var groups: [String: [String]] = [:]
        var seen = Set<String>()
        for series in model.indicators {
            for result in series.results where seen.insert(result.dimension + "\u{1F}" + result.group).inserted {
                groups[result.dimension, default: []].append(context.groupLabel(result))
            }
        }
        return first.dimensions.map { dimension in
            ["label": dimension.label, "groups": (groups[dimension.id] ?? []).joined(separator: "; ")]
        }
    }
}
