import BackboneCore
import Measure

/// The template-facing view of one indicator: every number already formatted, and its charts.
enum IndicatorView {
    /// What every indicator view needs besides the series.
    struct Context {
        var minimumCellSize: Int
        /// School names by school code, shown wherever the school dimension appears.
        var schoolNames: [String: String]

        func groupLabel(_ result: IndicatorResult) -> String {
            result.dimension == "school" ? schoolNames[result.group] ?? result.groupLabel : result.groupLabel
        }
    }

    /// The dimensions the community card shows for each outcome; the indicator pages show all.
    static let keyDimensions: Set<String> = ["race_ethnicity", "economically_disadvantaged", "participant"]

    /// The headline figures, the trend chart and table, and the group charts of `dimensions`
    /// (nil for every dimension) in the latest year.
    static func make(_ series: IndicatorSeries, context: Context, dimensions: Set<String>?) -> [String: Any] {
        let definition = series.definition
        let years = series.years
        var view: [String: Any] = [
            "id": definition.id, "name": definition.name, "description": definition.description,
            "population": definition.population, "numerator": definition.numerator,
            "direction": definition.direction == .up ? "higher is better" : "lower is better",
        ]
        if let year = definition.year { view["yearExpression"] = year }
        let trend = years.map { year -> [String: Any] in
            cell(series.result(year: year), label: SchoolYear.label(year), context: context)
        }
        view["trend"] = trend
        guard let latest = years.last else { return view }
        let current = series.result(year: latest)
        view["latestYear"] = SchoolYear.label(latest)
        view["latest"] = cell(current, label: SchoolYear.label(latest), context: context)
        var references: [LineChart.Reference] = []
        if let target = definition.target {
            view["target"] = NumberFormat.percent(target)
            references.append(.init(value: target, label: "Target " + NumberFormat.percent(target, decimals: 0)))
        }
        if let baselineYear = definition.baselineYear {
            let baseline = series.result(year: baselineYear)
            view["baselineYear"] = SchoolYear.label(baselineYear)
            view["baseline"] = cell(baseline, label: SchoolYear.label(baselineYear), context: context)
            if let value = baseline?.value {
                references.append(.init(value: value, label: "Baseline " + NumberFormat.percent(value, decimals: 0)))
            }
            if let change = current?.changeSinceBaseline, let verdict = current?.trend {
                view["change"] = NumberFormat.points(change)
                view["changeVerdict"] = verdict == .unchanged ? "no change" : verdict.rawValue
            }
        }
        let points = years.map { year -> LineChart.Point in
            let (value, note) = plotted(series.result(year: year), context: context)
            return .init(label: SchoolYear.label(year), value: value, note: note)
        }
        view["trendChart"] = LineChart(
            title: "\(definition.name), by school year",
            description: summary(of: current, year: SchoolYear.label(latest), target: definition.target),
            points: points, references: references
        ).svg()
        let shown = series.dimensions.filter { $0.id != "all" && (dimensions?.contains($0.id) ?? true) }
        view["groups"] = shown.compactMap { dimension -> [String: Any]? in
            groups(series, dimension: dimension, year: latest, all: current, context: context)
        }
        return view
    }

    /// One dimension's groups in `year`: a dot chart with the gap to all students, and its table.
    static func groups(
        _ series: IndicatorSeries, dimension: (id: String, label: String), year: Int, all: IndicatorResult?,
        context: Context
    ) -> [String: Any]? {
        let rows = series.results.filter { $0.schoolYear == year && $0.dimension == dimension.id }
        guard !rows.isEmpty else { return nil }
        let chart = DotChart(
            title: "\(series.definition.name) by \(dimension.label.lowercased()), \(SchoolYear.label(year))",
            description: "Each group's value against all students'; hidden values are marked, not drawn.",
            rows: rows.map { result in
                let (value, note) = plotted(result, context: context, short: false)
                return .init(label: context.groupLabel(result), value: value, note: note)
            },
            reference: all?.value.map { .init(value: $0, label: "All students " + NumberFormat.percent($0, decimals: 0)) })
        return [
            "label": dimension.label, "chart": chart.svg(),
            "rows": rows.map { result -> [String: Any] in
                var row = cell(result, label: context.groupLabel(result), context: context)
                if let gap = result.gapToAll { row["gap"] = NumberFormat.points(gap) }
                if let gap = result.gapToBest { row["gapToBest"] = NumberFormat.points(gap) }
                return row
            },
        ]
    }

    /// The value a chart draws, or the note it shows instead: the full reason where a row has
    /// room for it (`short` false), a word where a school year's column does not.
    static func plotted(_ result: IndicatorResult?, context: Context, short: Bool = true) -> (Double?, String?) {
        guard let result else { return (nil, "no data") }
        if let bound = result.bound { return (nil, bounded(bound)) }
        if let suppression = result.suppression {
            if short { return (nil, suppression == .smallCell ? "fewer than \(context.minimumCellSize)" : "hidden") }
            return (nil, suppression == .smallCell
                ? "hidden: fewer than \(context.minimumCellSize) students" : "hidden to protect a small group")
        }
        return (result.value, result.value == nil ? "no students" : nil)
    }

    static func summary(of result: IndicatorResult?, year: String, target: Double?) -> String {
        var text: String
        if let value = result?.value {
            text = "\(NumberFormat.percent(value)) in \(year)."
        } else if let bound = result?.bound {
            text = "\(bounded(bound)) in \(year)."
        } else {
            text = "The \(year) value is hidden."
        }
        if let target { text += " Target: \(NumberFormat.percent(target))." }
        return text
    }

    static func bounded(_ bound: ValueBound) -> String {
        let sign = bound.side == .atLeast ? (bound.inclusive ? "≥" : ">") : (bound.inclusive ? "≤" : "<")
        return sign + NumberFormat.percent(bound.limit, decimals: 0)
    }

    /// One value with its count, a bound, or the reason it is hidden; never a hidden value as zero.
    static func cell(_ result: IndicatorResult?, label: String, context: Context) -> [String: Any] {
        var cell: [String: Any] = ["label": label]
        guard let result else {
            cell["missing"] = true
            return cell
        }
        if let bound = result.bound {
            cell["bounded"] = bounded(bound)
            cell["width"] = NumberFormat.fixed(bound.limit * 100, decimals: 1)
            cell["denominator"] = NumberFormat.count(result.denominator)
            return cell
        }
        if let suppression = result.suppression {
            cell["suppressed"] = suppression == .smallCell
                ? "Hidden: fewer than \(context.minimumCellSize) students"
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
