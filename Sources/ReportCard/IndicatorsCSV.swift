import BackboneCore
import Measure

/// `indicators.csv`: one tidy row per indicator × school year × group, for analysts.
///
/// A suppressed cell keeps its row, with empty counts and the reason, so nobody reads a
/// hidden value as zero; a top- or bottom-coded cell shows its denominator and its bound.
/// Gaps, change and trend are given only between exactly published values.
public enum IndicatorsCSV {
    public static let header = [
        "indicator", "indicator_name", "school_year", "school_year_label", "dimension", "group", "group_label",
        "numerator", "denominator", "value", "suppressed", "suppression_reason", "value_bound",
        "gap_to_best", "gap_to_all", "change_since_baseline", "trend", "target_met",
    ]

    /// The rows of `indicators` that `included` accepts (all by default), in order; a school's
    /// group label is its name from `schoolNames` when known.
    public static func render(
        _ indicators: [IndicatorSeries], schoolNames: [String: String] = [:],
        where included: (IndicatorResult) -> Bool = { _ in true }
    ) -> String {
        var writer = CSVWriter(header: header)
        func number(_ value: Double?) -> CSVWriter.Cell {
            value.map { .number(NumberFormat.fixed($0, decimals: 4)) } ?? .empty
        }
        for series in indicators {
            for result in series.results where included(result) {
                let hidden = result.suppression != nil
                writer.appendRow([
                    .text(series.definition.id), .text(series.definition.name), .number(String(result.schoolYear)),
                    .text(SchoolYear.label(result.schoolYear)), .text(result.dimension), .text(result.group),
                    .text(result.dimension == "school" ? schoolNames[result.group] ?? result.groupLabel : result.groupLabel),
                    hidden ? .empty : .number(String(result.numerator)),
                    result.showsDenominator ? .number(String(result.denominator)) : .empty,
                    number(result.value),
                    .text(hidden ? "true" : "false"), result.suppression.map { .text($0.rawValue) } ?? .empty,
                    result.bound.map { .text($0.description) } ?? .empty,
                    number(result.gapToBest), number(result.gapToAll), number(result.changeSinceBaseline),
                    result.trend.map { .text($0.rawValue) } ?? .empty,
                    result.targetMet.map { .text($0 ? "true" : "false") } ?? .empty,
                ])
            }
        }
        return writer.output
    }
}
