import BackboneCore
import Foundation

extension LinkBenchmarkTable {
    /// What `results.md` says above the table: when, on what machine, by which command.
    public static func heading(date: Date, command: String, workDirectory: String) -> String {
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return """
            # Linkage side by side

            \(day), \(machine()); Backbone \(BackboneVersion.current), \(build) build.
            Command: `\(command)` (data, crosswalks and logs in `\(workDirectory)`).


            """
    }

    #if DEBUG
        static let build = "debug"
    #else
        static let build = "release"
    #endif

    /// `2 cores (AMD EPYC …), 24 GiB, Linux 6.1`: cores and memory the process sees, the CPU
    /// model from /proc/cpuinfo where there is one.
    static func machine() -> String {
        let info = ProcessInfo.processInfo
        let model = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
        let cores = "\(info.activeProcessorCount) cores" + (model.map { " (\($0))" } ?? "")
        let memory = "\(Int((Double(info.physicalMemory) / 1_073_741_824).rounded())) GiB"
        return "\(cores), \(memory), \(info.operatingSystemVersionString)"
    }
}
