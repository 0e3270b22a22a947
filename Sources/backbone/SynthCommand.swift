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

    @Option(help: "Folder to write into (created if needed).")
    var out: String

    func validate() throws {
        guard students > 0 else { throw ValidationError("--students must be at least 1") }
    }

    func run() throws {
        let summary = try RivertonCommunity(seed: seed, students: students).write(to: out)
        let bytes = summary.files.reduce(0) { $0 + $1.bytes }
        print("Wrote \(summary.files.count) files (\(bytes) bytes) for \(summary.students) students to \(out)")
        for line in summary.highlights { print("  " + line) }
    }
}
