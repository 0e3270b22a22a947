import BackboneCore
import Linkage

/// The template-facing view of the linkage page: every number already formatted.
enum LinkageView {
    /// The thresholds as probabilities and as match weights, the units of the histogram.
    static func thresholds(_ t: ReportCardModel.LinkThresholds) -> [String: Any] {
        [
            "link": NumberFormat.percent(t.link), "linkBits": bits(FellegiSunterModel.weight(probability: t.link)),
            "review": NumberFormat.percent(t.review), "reviewBits": bits(FellegiSunterModel.weight(probability: t.review)),
        ]
    }

    static func make(_ source: ReportCardModel.LinkedSource, thresholds: ReportCardModel.LinkThresholds) -> [String: Any] {
        let s = source.summary
        func share(_ count: Int) -> String {
            s.participants > 0 ? NumberFormat.percent(Double(count) / Double(s.participants)) : "—"
        }
        var view: [String: Any] = [
            "source": s.source, "partner": source.partner, "participants": NumberFormat.count(s.participants),
            "linked": NumberFormat.count(s.linked), "share": share(s.linked),
            "unlinked": NumberFormat.count(s.participants - s.linked), "forReview": NumberFormat.count(s.forReview),
            "candidatePairs": NumberFormat.count(s.candidatePairs), "capped": s.capped,
            "passes": LinkPass.allCases.map { pass -> [String: Any] in
                let count = s.linkedByPass[pass] ?? 0
                return ["pass": pass.label, "count": NumberFormat.count(count), "share": share(count)]
            },
            "rules": s.pairsPerRule.map { rule -> [String: Any] in
                ["rule": rule.rule.rawValue, "description": rule.rule.description, "pairs": NumberFormat.count(rule.pairs)]
            },
            "hasRules": !s.pairsPerRule.isEmpty,
        ]
        guard let model = s.model else { return view }
        view["model"] = [
            "iterations": NumberFormat.count(s.emIterations),
            "converged": s.emConverged ? "converged" : "stopped at its iteration limit without converging",
            "lambda": NumberFormat.fixed(model.lambda, decimals: 6), "priorBits": bits(model.priorWeight),
            "fields": fields(ComparisonLevelRow.rows(of: s)),
        ] as [String: Any]
        view["histogram"] = histogram(s, thresholds: thresholds)
        return view
    }

    /// The m and u table, one group of rows per field; a field no candidate pair had on both
    /// sides is marked, since it added nothing to any weight.
    private static func fields(_ rows: [ComparisonLevelRow]) -> [[String: Any]] {
        var fields: [(field: String, rows: [ComparisonLevelRow])] = []
        for row in rows {
            if fields.last?.field == row.field { fields[fields.count - 1].rows.append(row) } else { fields.append((row.field, [row])) }
        }
        return fields.map { field -> [String: Any] in
            [
                "field": field.field, "neverCompared": field.rows.allSatisfy { $0.candidatePairs == 0 },
                "levels": field.rows.map { row -> [String: Any] in
                    [
                        "level": row.level, "m": NumberFormat.fixed(row.m, decimals: 6), "u": NumberFormat.fixed(row.u, decimals: 6),
                        "weight": bits(row.weight), "pairs": NumberFormat.count(row.candidatePairs),
                    ]
                },
            ]
        }
    }

    /// The chart (SVG our code builds from numbers and escaped labels, for `{{{svg}}}`) and the
    /// same counts as table rows, non-empty bins only.
    private static func histogram(_ s: LinkSummary, thresholds: ReportCardModel.LinkThresholds) -> [String: Any] {
        let counts = s.bestWeights.counts
        let chart = HistogramChart(
            title: "Match weight of the best candidate of each of \(NumberFormat.count(s.bestWeights.total)) participants of \(s.source), in one-bit bins",
            firstEdge: Double(WeightHistogram.lowest), binWidth: 1, counts: counts,
            markers: [
                .init(value: FellegiSunterModel.weight(probability: thresholds.review), label: "review"),
                .init(value: FellegiSunterModel.weight(probability: thresholds.link), label: "link"),
            ],
            xAxisLabel: "Match weight (bits)", yAxisLabel: "Participants", tickEvery: 5)
        let bins = counts.indices.filter { counts[$0] > 0 }.map { bin -> [String: Any] in
            let lower = WeightHistogram.lowerEdge(of: bin)
            let range = bin == 0 ? "below \(SVGMarkup.label(Double(lower + 1)))"
                : bin == counts.count - 1 ? "\(SVGMarkup.label(Double(lower))) or more"
                : "\(SVGMarkup.label(Double(lower))) to \(SVGMarkup.label(Double(lower + 1)))"
            return ["range": range, "count": NumberFormat.count(counts[bin])]
        }
        return ["svg": chart.svg(), "bins": bins, "compared": NumberFormat.count(s.bestWeights.total)]
    }

    /// A weight in bits, two decimals, with a true minus sign.
    static func bits(_ weight: Double) -> String {
        let text = NumberFormat.fixed(weight, decimals: 2)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
