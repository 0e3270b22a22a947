import BackboneCore
import Linkage

/// Links the public FEBRL4 benchmark (5,000 original records against 5,000 noisy duplicates,
/// `rec-N-org` ~ `rec-N-dup-0`) with Backbone's linker and scores it against that truth.
/// The columns are read with a link settings file only (`pipelines/link/febrl.yml`): FEBRL's
/// `soc_sec_id` plays the part of a state student ID (a shared identifier, itself sometimes
/// corrupted); names, birth date and postcode go to the probabilistic pass.
public enum FebrlBenchmark {
    public struct Measurement: Sendable {
        public var score: LinkageScore
        /// Reading and linking, in this process.
        public var seconds: Double
    }

    /// `directory` holds `febrl4_a.csv` and `febrl4_b.csv` as `../shared/bench/export_febrl.py`
    /// writes them; `settingsFile` maps their columns.
    public static func run(directory: String, settingsFile: String) throws -> Measurement {
        let settings = try LinkSettingsLoader.load(
            path: settingsFile,
            files: LinkFiles(students: directory + "/febrl4_a.csv", participants: directory + "/febrl4_b.csv"))
        let outcome = try LinkFileRunner(settings: settings).link()
        let links = (outcome.result.crosswalk.links[settings.participants.id] ?? [:]).mapValues(\.studentId)
        let truth = LinkageTruth.febrlRecordNumbers(participants: outcome.participants.table.rowCount)
        return Measurement(score: LinkageScore(links: links, truth: truth), seconds: outcome.seconds)
    }
}
