import ArgumentParser
import BackboneCore
import DemoCommunity
import Foundation
import Pipeline

/// `backbone bench link`: Backbone and Splink side by side on FEBRL4 and on the demo rosters.
struct BenchLink: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link FEBRL4 and the demo rosters with Backbone and with Splink; print precision, recall, F1, time, memory.",
        discussion: """
            Each tool runs as a child process, timed and measured (peak resident memory) on its own. \
            FEBRL4 is exported with the peers' Python when WORK/febrl is missing; the rosters \
            (1x = \(RivertonCommunity.defaultStudents) students) are written when WORK/rosters-Nx is missing, \
            and reused after. The table is printed and written to WORK/results.md.
            """)

    @Option(help: ArgumentHelp("Folder for the data sets, crosswalks and logs.", valueName: "dir"))
    var work = "/tmp/backbone-link-bench"

    @Option(help: ArgumentHelp("Roster sizes, as multiples of the demo community.", valueName: "n,n,…"))
    var sizes = "1,10,100"

    @Option(help: ArgumentHelp("The Python that has Splink (../shared/bench/setup-peers.sh).", valueName: "path"))
    var python = ".peers-venv/bin/python"

    @Option(help: ArgumentHelp("The folder of the peers' scripts.", valueName: "dir"))
    var peersScripts = "../shared/bench"

    @Option(help: ArgumentHelp("The folder of febrl.yml and rosters.yml.", valueName: "dir"))
    var settings = "pipelines/link"

    @Option(help: ArgumentHelp("Each tool's run is stopped after this many minutes.", valueName: "minutes"))
    var timeLimit = 40.0

    @Flag(help: "Run Backbone only.")
    var skipSplink = false

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw ValidationError("expected --sizes as positive whole numbers separated by commas, found '\(sizes)'")
        }
        guard timeLimit > 0 else { throw ValidationError("expected a positive --time-limit, found \(timeLimit)") }
    }

    private var parsedSizes: [Int?] {
        sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() throws {
        let benchmark = LinkBenchmark(
            workDirectory: work, sizes: parsedSizes.compactMap { $0 }, studentsAt1x: RivertonCommunity.defaultStudents,
            backbone: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe",
            python: python, peerScripts: peersScripts, settingsFolder: settings, runsSplink: !skipSplink,
            timeLimit: timeLimit * 60)
        do {
            let sets = try benchmark.run(progress: Diagnostics.printToStandardError)
            let table = LinkBenchmarkTable.markdown(sets)
            print(table, terminator: "")
            let heading = LinkBenchmarkTable.heading(
                date: Date(), command: CommandLine.arguments.joined(separator: " "), workDirectory: work)
            try Data((heading + table).utf8).write(to: URL(fileURLWithPath: work + "/results.md"))
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
