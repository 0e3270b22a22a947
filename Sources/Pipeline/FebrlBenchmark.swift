import BackboneCore
import Dispatch
import Extract
import Linkage

/// Links the public FEBRL4 benchmark (5,000 original records against 5,000 noisy duplicates,
/// `rec-N-org` ~ `rec-N-dup-0`) with Backbone's linker and scores it against that truth.
/// FEBRL's `soc_sec_id` plays the part of a state student ID (a shared identifier, itself
/// sometimes corrupted); names, birth date and postcode go to the probabilistic pass.
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

    /// `directory` holds `febrl4_a.csv` and `febrl4_b.csv` as `../shared/bench/export_febrl.py` writes them.
    public static func run(directory: String, settings: ProbabilisticLinkSettings) throws -> Score {
        let started = DispatchTime.now().uptimeNanoseconds
        let a = try extract("febrl4_a.csv", directory: directory)
        let b = try extract("febrl4_b.csv", directory: directory)
        let result = try Linker.link(reference: a, others: [("febrl4_b", b)], settings: settings)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let links = result.crosswalk.links["febrl4_b"] ?? [:]
        let correct = links.filter { number(of: $0.key) == number(of: $0.value.studentId) }.count
        return Score(links: links.count, correct: correct, truePairs: b.rowCount, seconds: seconds)
    }

    private static func extract(_ file: String, directory: String) throws -> Table {
        let here = SourceLocation(file: file)
        func column(_ field: String, _ name: String, layouts: [String] = []) -> FieldMapping {
            FieldMapping(field: field, origin: .column(name), dateLayouts: layouts.compactMap(DateLayout.init), location: here)
        }
        let source = SourceConfig(
            id: file, partner: "febrl", path: file, format: .csv, table: .person,
            fields: [
                column("person_id", "rec_id"), column("first_name", "given_name"), column("last_name", "surname"),
                column("birth_date", "date_of_birth", layouts: ["YYYYMMDD"]), column("zip", "postcode"),
                column("state_id", "soc_sec_id"),
            ],
            location: here)
        return try SourceExtractor.extract(source, baseDirectory: directory, displayBase: directory).table
    }

    /// `rec-123-org` and `rec-123-dup-0` → `123`.
    private static func number(of id: String) -> Substring {
        id.split(separator: "-").dropFirst().first ?? ""
    }
}
