import BackboneCore

/// `backbone bench pipeline`'s results as Markdown: per size, each stage's time and rates and
/// the whole run's; growth from size to size against n and n log n; DuckDB beside Backbone.
public enum PipelineBenchmarkTable {
    public static func markdown(_ sizes: [PipelineBenchmarkSize]) -> String {
        var parts = [stagesTable(sizes)]
        let growth = GrowthRatio.between(sizes)
        if !growth.isEmpty { parts.append(growthTable(growth)) }
        if sizes.contains(where: { $0.duckdb != nil }) { parts.append(duckdbTable(sizes)) }
        let floor = sizes.map(\.floorBytes).max() ?? 0
        if floor > 0 {
            parts.append(
                "Peak memory is each child's largest resident set (`wait4`); Linux counts in it the size of the process "
                    + "that started it (this benchmark, at most \(mebibytes(floor)) MiB here).\n")
        }
        return parts.joined(separator: "\n")
    }

    static func stagesTable(_ sizes: [PipelineBenchmarkSize]) -> String {
        var lines = [
            "| size | students | stage | wall (s) | records | throughput | peak memory (MiB) |",
            "|---|---:|---|---:|---|---|---:|",
        ]
        for result in sizes {
            for (index, stage) in result.stages.enumerated() {
                let lead = index == 0 ? ["\(result.size)x", NumberFormat.count(result.students)] : ["", ""]
                let counts = stage.rates.map { count($0.count, $0.unit) + " " + $0.unit }.joined(separator: ", ")
                let rates = stage.rates.filter { $0.unit != "files" }
                    .map { count($0.perSecond, $0.unit) + " " + $0.unit + "/s" }.joined(separator: ", ")
                lines.append(row(lead + [stage.stage, seconds(stage.seconds), counts, rates, ""]))
            }
            let lead = result.stages.isEmpty ? ["\(result.size)x", NumberFormat.count(result.students)] : ["", ""]
            lines.append(row(lead + ["**whole run**", "**\(seconds(result.seconds))**", "", "", mebibytes(result.peakBytes)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func growthTable(_ growth: [GrowthRatio]) -> String {
        let stages = growth[0].stages.map(\.stage)
        var lines = [
            row(["students", "whole run"] + stages + ["peak memory", "n", "n log n"]),
            "|---|" + String(repeating: "---:|", count: stages.count + 4),
        ]
        for ratio in growth {
            let byStage = Dictionary(ratio.stages.map { ($0.stage, $0.ratio) }, uniquingKeysWith: { a, _ in a })
            let stageCells = stages.map { stage in (byStage[stage] ?? nil).map(times) ?? "—" }
            lines.append(row(
                ["\(NumberFormat.count(ratio.fromStudents)) → \(NumberFormat.count(ratio.toStudents))", times(ratio.wall)]
                    + stageCells + [times(ratio.peakMemory), times(ratio.n), times(ratio.nLogN)]))
        }
        return "Growth (later over earlier; time linear in students would match n, n log n the last column):\n\n"
            + lines.joined(separator: "\n") + "\n"
    }

    static func duckdbTable(_ sizes: [PipelineBenchmarkSize]) -> String {
        var lines = [
            "| size | DuckDB wall (s) | DuckDB peak memory (MiB) | Backbone extract + measure (s) | DuckDB / Backbone | "
                + "Backbone measure alone (s) | assessment XML → CSV for DuckDB (s) | all-students values |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        var notes: [String] = []
        for result in sizes {
            guard let duckdb = result.duckdb else { continue }
            let ours = result.extractAndMeasureSeconds
            let agreement: String
            switch duckdb.outcome {
            case .compared(let values, let disagreements):
                agreement = disagreements.isEmpty ? "all \(values) agree" : "\(disagreements.count) of \(values) disagree"
                notes += disagreements.map { "- \(result.size)x: \($0)" }
            case .failed(let reason):
                agreement = "failed"
                notes.append("- \(result.size)x, \(duckdb.tool): failed: \(reason)")
            }
            lines.append(row([
                "\(result.size)x", seconds(duckdb.seconds), mebibytes(duckdb.peakBytes), seconds(ours),
                ours > 0 ? NumberFormat.fixed(duckdb.seconds / ours, decimals: 2) : "—",
                seconds(result.stages.filter { $0.stage == "measure" }.reduce(0) { $0 + $1.seconds }),
                duckdb.xmlToCSVSeconds.map(seconds) ?? "(reused)", agreement,
            ]))
        }
        let tool = sizes.compactMap(\.duckdb).first?.tool ?? "DuckDB"
        return "\(tool) beside Backbone. `benchmarks/duckdb/indicators.sql` reads the same enrollment, attendance and "
            + "kindergarten-readiness files and computes five of the eight indicators (kindergarten readiness, 3rd-grade "
            + "reading, 8th-grade math, chronic absence, graduation) for all students, by the same definitions; DuckDB "
            + "cannot read the state assessment's gzipped Ed-Fi XML, so Python turns it into a CSV first, timed apart and "
            + "not counted. Backbone's extract + measure reads all 12 sources and computes all eight indicators for "
            + "every group. Each value is checked against Backbone's `indicators.csv` (all students, per indicator "
            + "and school year).\n\n" + lines.joined(separator: "\n") + "\n"
            + (notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n") + "\n")
    }

    static func mebibytes(_ bytes: Int) -> String {
        NumberFormat.count(Int((Double(bytes) / 1_048_576).rounded()))
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static func seconds(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: value < 9.995 ? 2 : 1)
    }

    /// `8.1×`.
    private static func times(_ ratio: Double) -> String {
        NumberFormat.fixed(ratio, decimals: ratio < 9.995 ? 2 : 1) + "×"
    }

    /// Whole counts with thousands separators; megabytes with one decimal below 100.
    private static func count(_ value: Double, _ unit: String) -> String {
        unit == "MB" && value < 99.95 ? NumberFormat.fixed(value, decimals: 1) : NumberFormat.count(Int(value.rounded()))
    }
}
