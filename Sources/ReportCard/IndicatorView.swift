import BackboneCore
import Measure

/// The template-facing view of one indicator: every number already formatted.
enum IndicatorView {
    static func make(_ series: IndicatorSeries, minimumCellSize: Int) -> [String: Any] {
        let definition = series.definition
        let years = series.years
        var view: [String: Any] = [
            "id": definition.id, "name": definition.name, "description": definition.description,
            "population": definition.population, "numerator": definition.numerator,
            "direction": definition.direction == .up ? "higher is better" : "lower is better",
        ]
        let trend = years.map { year -> [String: Any] in
            cell(series.result(year: year), label: SchoolYear.label(year), minimumCellSize: minimumCellSize)
        }
        view["trend"] = trend
        guard let latest = years.last else { return view }
        let current = series.result(year: latest)
        view["latestYear"] = SchoolYear.label(latest)
        view["latest"] = cell(current, label: SchoolYear.label(latest), minimumCellSize: minimumCellSize)
        if let target = definition.target { view["target"] = NumberFormat.percent(target) }
        if let baselineYear = definition.baselineYear {
            let baseline = series.result(year: baselineYear)
            view["baseline"] = cell(baseline, label: SchoolYear.label(baselineYear), minimumCellSize: minimumCellSize)
            if let change = current?.changeSinceBaseline, let verdict = current?.trend {
                view["change"] = NumberFormat.points(change)
                view["changeVerdict"] = verdict == .unchanged ? "no change" : verdict.rawValue
            }
        }
        view["groups"] = series.dimensions.filter { $0.id != "all" }.compactMap { dimension -> [String: Any]? in
            let rows = series.results.filter { $0.schoolYear == latest && $0.dimension == dimension.id }
            guard !rows.isEmpty else { return nil }
            return [
                "label": dimension.label,
                "rows": rows.map { result -> [String: Any] in
                    var row = cell(result, label: result.groupLabel, minimumCellSize: minimumCellSize)
                    if let gap = result.gapToAll { row["gap"] = NumberFormat.points(gap) }
                    if let gap = result.gapToBest { row["gapToBest"] = NumberFormat.points(gap) }
                    return row
                },
            ]
        }
        return view
    }

    /// One value with its count, a bound, or the reason it is hidden; never a hidden value as zero.
    static func cell(_ result: IndicatorResult?, label: String, minimumCellSize: Int) -> [String: Any] {
        var cell: [String: Any] = ["label": label]
        guard let result else {
            cell["missing"] = true
            return cell
        }
        if let bound = result.bound {
            let sign = bound.side == .atLeast ? (bound.inclusive ? "≥" : ">") : (bound.inclusive ? "≤" : "<")
            cell["bounded"] = sign + NumberFormat.percent(bound.limit, decimals: 0)
            cell["width"] = NumberFormat.fixed(bound.limit * 100, decimals: 1)
            cell["denominator"] = NumberFormat.count(result.denominator)
            return cell
        }
        if let suppression = result.suppression {
            cell["suppressed"] = suppression == .smallCell
                ? "Hidden: fewer than \(minimumCellSize) students"
                : "Hidden to protect a small group"
            return cell
        }
        guard let value = result.value else {
            cell["missing"] = true
            return cell
        }
        cell["value"] = NumberFormat.percent(value)
        cell["width"] = NumberFormat.fixed(value * 100, decimals: 1)
        cell["numerator"] = NumberFormat.count(result.numerator)
        cell["denominator"] = NumberFormat.count(result.denominator)
        return cell
    }
}
