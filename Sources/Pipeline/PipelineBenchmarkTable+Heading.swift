import BackboneCore
import Foundation

extension PipelineBenchmarkTable {
    /// The machine's load when the benchmark started or ended (1, 5 and 15 minutes).
    public static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        guard getloadavg(&loads, 3) == 3 else { return "unknown" }
        return loads.map { NumberFormat.fixed($0, decimals: 2) }.joined(separator: " ")
    }

    /// What `benchmarks/results.md` says above the tables: when, on what machine, which
    /// Backbone, under what load, by which command.
    public static func heading(date: Date, command: String, commit: String?, loadAtStart: String, loadAtEnd: String) -> String {
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return """
            # The whole pipeline at 1x, 10x, 100x

            \(day), \(LinkBenchmarkTable.machine()); Backbone \(BackboneVersion.current)\
            \(commit.map { " at \($0)" } ?? ""), \(LinkBenchmarkTable.build) build.
            Command: `\(command)`.
            Load average (1, 5, 15 min) at start \(loadAtStart), at end \(loadAtEnd): the machine is shared, so \
            these times are noisy; compare runs made under similar load.


            """
    }

    /// The checkout's commit (`4bd1511`, `+ changes` when files differ from it), nil outside a
    /// git checkout.
    public static func gitCommit(scratch: String) -> String? {
        let log = scratch + "/git.stderr.log"
        guard let head = try? MeasuredProcess.run("git", ["rev-parse", "--short", "HEAD"], standardError: log), head.succeeded
        else { return nil }
        let status = try? MeasuredProcess.run("git", ["status", "--porcelain", "--untracked-files=no"], standardError: log)
        let changed = status.map { $0.succeeded && !$0.standardOutput.isEmpty } ?? false
        return head.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) + (changed ? " + changes" : "")
    }
}
