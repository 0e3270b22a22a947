import BackboneCore
import Measure

/// `indicators.csv`: one tidy row per indicator × school year × group, for analysts.
///
/// A suppressed cell keeps its row, with empty counts and the reason, so nobody reads a
/// hidden value as zero.
public enum IndicatorsCSV {
    public static let header = [
        "indicator", "indicator_name", "school_year", "school_year_label", "dimension", "group", "group_label",
        "numerator", "denominator", "value", "suppressed", "suppression_reason",
    ]

    public static func render(_ indicators: [IndicatorSeries]) -> String {
        var writer = CSVWriter(header: header)
        for series in indicators {
            for result in series.results {
                let hidden = result.suppression != nil
                writer.appendRow([
                    .text(series.definition.id), .text(series.definition.name), .number(String(result.schoolYear)),
                    .text(SchoolYear.label(result.schoolYear)), .text(result.dimension), .text(result.group),
                    .text(result.groupLabel),
                    hidden ? .empty : .number(String(result.numerator)),
                    hidden ? .empty : .number(String(result.denominator)),
                    result.value.map { .number(NumberFormat.fixed($0, decimals: 4)) } ?? .empty,
                    .text(hidden ? "true" : "false"), result.suppression.map { .text($0.rawValue) } ?? .empty,
                ])
            }
        }
        return writer.output
    }
}
