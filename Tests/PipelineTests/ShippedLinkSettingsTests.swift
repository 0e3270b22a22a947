import BackboneCore
import BackboneTestSupport
import Extract
import Linkage
import Pipeline
import Testing

/// The link settings files shipped in `pipelines/link/`: the benchmark roster format and
/// FEBRL's columns, read with settings only.
@Suite struct ShippedLinkSettingsTests {
    static func load(_ name: String, files: LinkFiles?) throws -> LinkSettings {
        try LinkSettingsLoader.load(path: Fixtures.root.appendingPathComponent("pipelines/link/\(name)").path, files: files)
    }

    /// Each mapping as `field=column`, with its date layouts and codes.
    static func mapping(_ source: SourceConfig) -> [String] {
        source.fields.map { field in
            guard case .column(let column) = field.origin else { return "\(field.field): not a column" }
            let layouts = field.dateLayouts.map(\.pattern).joined(separator: "|")
            let codes = field.codes.sorted { $0.key < $1.key }.map { "\($0.key)>\($0.value)" }.joined(separator: " ")
            return "\(field.field)=\(column)" + (layouts.isEmpty ? "" : " \(layouts)") + (codes.isEmpty ? "" : " \(codes)")
        }
    }

    @Test func theShippedFilesNeedBothFilesOnTheCommandLine() throws {
        for name in ["rosters.yml", "febrl.yml"] {
            let error = #expect(throws: DiagnosticsError.self) { try Self.load(name, files: nil) }
            #expect(error?.diagnostics.map(\.message) == [
                "'students' has no 'path'; add one, or give both files on the command line",
                "'participants' has no 'path'; add one, or give both files on the command line",
            ])
        }
    }

    @Test func rostersReadsTheBenchmarkRosterFormat() throws {
        let settings = try Self.load("rosters.yml", files: LinkFiles(students: "district.csv", participants: "cbo.csv"))
        #expect(Self.mapping(settings.students) == [
            "person_id=student_id", "state_id=state_id", "first_name=first_name", "middle_name=middle_name",
            "last_name=last_name", "birth_date=birth_date YYYY-MM-DD", "sex=sex F>female M>male", "zip=zip",
            "school_id=school",
        ])
        #expect(Self.mapping(settings.participants) == [
            "person_id=cbo_id", "state_id=state_id", "first_name=first_name", "last_name=last_name",
            "birth_date=birth_date YYYY-MM-DD", "sex=sex F>female M>male", "zip=zip", "school_id=school",
        ])
        #expect(settings.probabilistic.expectedMatchShare == 0.8)
    }

    /// The mapping `FebrlBenchmark` had in code before it read this file, and the street.
    @Test func febrlReadsFebrlsColumns() throws {
        let settings = try Self.load("febrl.yml", files: LinkFiles(students: "a.csv", participants: "b.csv"))
        let febrl = [
            "person_id=rec_id", "first_name=given_name", "last_name=surname", "birth_date=date_of_birth YYYYMMDD",
            "street=address_1", "zip=postcode", "state_id=soc_sec_id",
        ]
        #expect(Self.mapping(settings.students) == febrl)
        #expect(Self.mapping(settings.participants) == febrl)
        #expect(settings.probabilistic.expectedMatchShare == 0.999_999)
        #expect(settings.probabilistic.blocking.contains(.streetZip))
        #expect(settings.probabilistic.linkThreshold == 0.5)
    }

    /// Made-up records in FEBRL's layout (`fixtures/link/febrl/`), scored by the benchmark:
    /// the files are read through the settings and every link it makes is a true pair.
    @Test func theFebrlBenchmarkReadsItsFilesThroughTheSettings() throws {
        let score = try FebrlBenchmark.run(
            directory: Fixtures.path("link/febrl"),
            settingsFile: Fixtures.root.appendingPathComponent("pipelines/link/febrl.yml").path
        ).score
        #expect(score.truePairs == 6)
        #expect(score.links >= 2, "the two records sharing soc_sec_id link by the state ID pass")
        #expect(score.correct == score.links)
    }
}
