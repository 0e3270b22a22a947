import BackboneCore
import Foundation

extension PipelineBenchmark {
    /// DuckDB's script over one community, timed as a child process, its all-students values
    /// checked against Backbone's `published` indicators.csv. The state assessment's XML is
    /// turned into a CSV first (once per community, kept beside the runs), timed apart.
    func compareWithDuckDB(tool: String, size: Int, community: String, published: String) throws -> DuckDBComparison {
        let folder = runFolder(size)
        let assessments = assessmentsCSV(size)
        var xmlToCSVSeconds: Double?
        if !FileManager.default.fileExists(atPath: assessments) {
            let derive = try MeasuredProcess.run(
                python, [script, "--derive", community, assessments], standardError: folder + "/xml-to-csv.stderr.log",
                timeout: timeLimit)
            guard derive.succeeded else {
                return failed(tool, derive, "turning the assessment XML into CSV", log: folder + "/xml-to-csv.stderr.log")
            }
            xmlToCSVSeconds = derive.seconds
        }
        let log = folder + "/duckdb.stderr.log"
        let run = try MeasuredProcess.run(python, [script, community, assessments], standardError: log, timeout: timeLimit)
        let output = folder + "/duckdb-indicators.csv"
        try PrivateFolder.writeFile(Data(run.standardOutput.utf8), to: output)
        guard run.succeeded else { return failed(tool, run, "the indicators script", log: log) }
        let outcome: DuckDBComparison.Outcome
        do {
            let agreement = IndicatorAgreement.compare(
                backbone: try IndicatorAgreement.published(published), peer: try IndicatorAgreement.peer(output),
                peerName: "DuckDB")
            outcome = .compared(values: agreement.values, disagreements: agreement.disagreements)
        } catch let diagnostic as Diagnostic {
            outcome = .failed(reason: diagnostic.description)
        }
        return DuckDBComparison(
            tool: tool, seconds: run.seconds, peakBytes: run.peakBytes, xmlToCSVSeconds: xmlToCSVSeconds, outcome: outcome)
    }

    private var script: String { peerScripts + "/indicators.py" }

    private func failed(_ tool: String, _ process: MeasuredProcess, _ what: String, log: String) -> DuckDBComparison {
        DuckDBComparison(
            tool: tool, seconds: process.seconds, peakBytes: process.peakBytes, xmlToCSVSeconds: nil,
            outcome: .failed(reason: "\(what): \(LinkBenchmark.describe(process)); see \(log)"))
    }

    /// DuckDB's version as its package records it.
    func duckdbVersion() throws -> String {
        let log = workDirectory + "/duckdb-version.stderr.log"
        let version = try? MeasuredProcess.run(
            python, ["-c", "import importlib.metadata as m; print(m.version('duckdb'))"], standardError: log)
        guard let version, version.succeeded else {
            let why = version.map { "\(LinkBenchmark.describe($0)); see \(log)" } ?? "it cannot be started"
            throw Diagnostic.error(
                "expected a Python with DuckDB (\(why)): set up the peers with benchmarks/setup-peers.sh, "
                    + "or give --python, or --skip-peers", at: SourceLocation(file: python))
        }
        return version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `DuckDB 2.0.1: 1.71 s, 160 MiB, 22 values agree`, for progress lines.
    static func summary(_ comparison: DuckDBComparison) -> String {
        let outcome: String
        switch comparison.outcome {
        case .compared(let values, let disagreements):
            outcome = disagreements.isEmpty
                ? "all \(values) values agree with Backbone's" : "\(disagreements.count) of \(values) values disagree"
        case .failed(let reason): outcome = "failed: " + reason
        }
        return "\(comparison.tool): \(NumberFormat.fixed(comparison.seconds, decimals: 2)) s, "
            + "\(PipelineBenchmarkTable.mebibytes(comparison.peakBytes)) MiB, \(outcome)"
    }
}
