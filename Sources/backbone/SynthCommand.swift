import ArgumentParser
import DemoCommunity

/// `backbone synth`: writes the Riverton demo community's exports.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write the fictional Riverton community's partner exports (deterministic from the seed).")

    @Option(help: "Seed of the community; the same seed and size give byte-identical files.")
    var seed: UInt64 = RivertonCommunity.defaultSeed

    @Option(help: "Students ever enrolled over the five school years.")
    var students: Int = RivertonCommunity.defaultStudents

    @Flag(help: "Write the linkage benchmarks' roster format instead (district.csv, cbo.csv, truth.csv).")
    var rosters = false

    @Option(help: "Folder to write into (created if needed).")
    var out: String

    func validate() throws {
        guard students > 0 else { throw ValidationError("--students must be at least 1") }
    }

    func run() throws {
        let community = RivertonCommunity(seed: seed, students: students)
        if rosters {
            let files = try community.writeRosters(to: out)
            let rows = files.map { "\($0.path) \($0.records) rows" }.joined(separator: ", ")
            print("Wrote the rosters of \(students) students to \(out): \(rows)")
            return
        }
        let summary = try community.write(to: out)
        let bytes = summary.files.reduce(0) { $0 + $1.bytes }
        print("Wrote \(summary.files.count) files (\(bytes) bytes) for \(summary.students) students to \(out)")
        for line in summary.highlights { print("  " + line) }
    }
}
