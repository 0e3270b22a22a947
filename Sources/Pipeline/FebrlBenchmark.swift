import BackboneCore
import Linkage

/// Links the public FEBRL4 benchmark (5,000 original records against 5,000 noisy duplicates,
/// `rec-N-org` ~ `rec-N-dup-0`) with Backbone's linker and scores it against that truth.
/// The columns are read with a link settings file only (`pipelines/link/febrl.yml`): FEBRL's
/// `soc_sec_id` plays the part of a state student ID (a shared identifier, itself sometimes
/// corrupted); names, birth date and postcode go to the probabilistic pass.
public enum FebrlBenchmark {
    public struct Score: Sendable {
        public var links: Int
        public var correct: Int
        public var truePairs: Int
        public var seconds: Double
        public var precision: Double { links > 0 ? Double(correct) / Double(links) : 0 }
        public var recall: Double { truePairs > 0 ? Double(correct) / Double(truePairs) : 0 }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    /// `directory` holds `febrl4_a.csv` and `febrl4_b.csv` as `../shared/bench/export_febrl.py`
    /// writes them; `settingsFile` maps their columns. Seconds count reading and linking.
    public static func run(directory: String, settingsFile: String) throws -> Score {
        let settings = try LinkSettingsLoader.load(
            path: settingsFile,
            files: LinkFiles(students: directory + "/febrl4_a.csv", participants: directory + "/febrl4_b.csv"))
        let outcome = try LinkFileRunner(settings: settings).link()
        let links = outcome.result.crosswalk.links[settings.participants.id] ?? [:]
        let correct = links.filter { number(of: $0.key) == number(of: $0.value.studentId) }.count
        return Score(
            links: links.count, correct: correct, truePairs: outcome.participants.table.rowCount, seconds: outcome.seconds)
    }

    /// `rec-123-org` and `rec-123-dup-0` → `123`.
    private static func number(of id: String) -> Substring {
        id.split(separator: "-").dropFirst().first ?? ""
    }
}
