import BackboneCore
import Measure

/// The template-facing views of partner pages: an organization's participants against
/// non-participants and by dosage band, and a school's students over the years. Only the
/// measure's published cells are shown; a hidden one is shown as hidden, with its reason.
enum PartnerPageView {
    /// One page per organization, `partners/<id>.html`.
    static func organization(
        id: String, name: String, indicators: [IndicatorSeries], context: IndicatorView.Context
    ) -> [String: Any] {
        let sections = indicators.compactMap { series -> [String: Any]? in
            guard let latest = series.years.last else { return nil }
            let all = series.result(year: latest)
            let groups = series.dimensions.filter { $0.id == "participant_" + id || $0.id == "dosage_" + id }
                .compactMap { IndicatorView.groups(series, dimension: $0, year: latest, all: all, context: context) }
            guard !groups.isEmpty else { return nil }
            return [
                "id": series.definition.id, "name": series.definition.name, "description": series.definition.description,
                "latestYear": SchoolYear.label(latest), "groups": groups,
            ]
        }
        return [
            "id": id, "name": name, "kind": "organization", "isOrganization": true, "indicators": sections,
        ]
    }

    /// One page per school, `partners/school-<code>.html`: each indicator's value for the school's
    /// students in every year, against all students.
    static func school(code: String, name: String, indicators: [IndicatorSeries], context: IndicatorView.Context) -> [String: Any] {
        let sections = indicators.compactMap { series -> [String: Any]? in
            let years = series.years
            let rows = years.compactMap { year -> [String: Any]? in
                guard let result = series.result(year: year, dimension: "school", group: code) else { return nil }
                var row = IndicatorView.cell(result, label: SchoolYear.label(year), context: context)
                if let gap = result.gapToAll { row["gap"] = NumberFormat.points(gap) }
                if let gap = result.gapToBest { row["gapToBest"] = NumberFormat.points(gap) }
                return row
            }
            guard !rows.isEmpty else { return nil }
            let points = years.map { year -> LineChart.Point in
                let (value, note) = IndicatorView.plotted(series.result(year: year, dimension: "school", group: code), context: context)
                return .init(label: SchoolYear.label(year), value: value, note: note)
            }
            let chart = LineChart(
                title: "\(series.definition.name) at \(name), by school year",
                description: "The school's students each year; hidden years are marked, not drawn.",
                points: points,
                references: series.definition.target.map { [.init(value: $0, label: "Target " + NumberFormat.percent($0, decimals: 0))] } ?? [])
            return [
                "id": series.definition.id, "name": series.definition.name, "description": series.definition.description,
                "chart": chart.svg(), "label": "\(series.definition.name) at \(name)", "rows": rows,
            ]
        }
        return ["id": "school-" + code, "name": name, "isSchool": true, "indicators": sections]
    }

    /// The school codes that appear in any indicator's school dimension, in first-seen order.
    static func schoolCodes(_ indicators: [IndicatorSeries]) -> [String] {
        var seen = Set<String>()
        var codes: [String] = []
        for series in indicators {
            for result in series.results where result.dimension == "school" && seen.insert(result.group).inserted {
                codes.append(result.group)
            }
        }
        return codes.sorted()
    }
}
