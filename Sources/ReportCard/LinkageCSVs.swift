import BackboneCore
import Linkage

/// The linkage page's aggregates as tidy CSV files beside it, for analysts: match counts per
/// pass, the fitted model, and the histogram of best-candidate weights. Counts and parameters
/// only, never a record.
public enum LinkageCSVs {
    /// `linkage.csv`: one row per organization and pass (`share` is of the organization's participants).
    public static func rates(_ links: [ReportCardModel.LinkedSource]) -> String {
        var writer = CSVWriter(header: ["source", "pass", "participants", "linked", "share"])
        for link in links {
            let summary = link.summary
            for pass in LinkPass.allCases {
                let linked = summary.linkedByPass[pass] ?? 0
                writer.appendRow([
                    .text(summary.source), .text(pass.rawValue), .number(String(summary.participants)), .number(String(linked)),
                    summary.participants > 0
                        ? .number(NumberFormat.fixed(Double(linked) / Double(summary.participants), decimals: 4)) : .empty,
                ])
            }
        }
        return writer.output
    }

    /// `linkage-model.csv`: m, u, the weight in bits and the candidate pairs of every comparison
    /// level, per organization.
    public static func model(_ links: [ReportCardModel.LinkedSource]) -> String {
        var writer = CSVWriter(header: ["source", "field", "level", "m", "u", "weight", "candidate_pairs"])
        for link in links {
            for row in ComparisonLevelRow.rows(of: link.summary) {
                writer.appendRow([
                    .text(link.summary.source), .text(row.field), .text(row.level),
                    .number(NumberFormat.fixed(row.m, decimals: 6)), .number(NumberFormat.fixed(row.u, decimals: 6)),
                    .number(NumberFormat.fixed(row.weight, decimals: 4)), .number(String(row.candidatePairs)),
                ])
            }
        }
        return writer.output
    }

    /// `linkage-weights.csv`: how many participants' best candidates have a match weight in each
    /// one-bit bin; the first bin also counts every lower weight, the last every higher one.
    public static func weights(_ links: [ReportCardModel.LinkedSource]) -> String {
        var writer = CSVWriter(header: ["source", "lower_edge_bits", "count"])
        for link in links {
            for (bin, count) in link.summary.bestWeights.counts.enumerated() {
                writer.appendRow([
                    .text(link.summary.source), .number(String(WeightHistogram.lowerEdge(of: bin))), .number(String(count)),
                ])
            }
        }
        return writer.output
    }
}
