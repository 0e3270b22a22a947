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
        print("students enrolled per year 2022-2026: " + summary.studentsByYear.map(String.init).joined(separator: ", "))
        print("chronic absence \(percent(summary.chronicAbsenceRate)), proficient \(percent(summary.proficiencyRate)), "
            + "kindergarten ready \(percent(summary.readinessRate)), 4-year graduation \(percent(summary.graduationRate)), "
            + "college the fall after \(percent(summary.collegeEnrollmentRate))")
        print("partner participant ids \(summary.participantIDs), with no district record \(summary.participantIDsWithoutDistrictRecord)")
    }

    private func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
