import BackboneCore
import Extract
import Linkage
import Pipeline
import Testing

/// A link settings file (docs/link-settings.md): two rosters mapped onto `person` and the link
/// stage's settings, every mistake reported at its line and column.
@Suite struct LinkSettingsFileTests {
    /// Lines 1–14; tests replace parts of it.
    static let sample = """
        backbone: 1
        students:
          path: district.csv
          fields:
            person_id: student_id
            birth_date: { column: dob, format: YYYY-MM-DD }
        participants:
          path: cbo.txt
          delimiter: ";"
          fields: { person_id: cbo_id, sex: { column: gender, codes: { G: female, B: male } } }
        link:
          blocking: [birth_date]
          link_threshold: 90%
          decisions: reviewed.csv

        """

    static func load(_ yaml: String, source: String? = nil, files: LinkFiles? = nil) throws -> LinkSettings {
        try LinkSettingsLoader.load(yaml: yaml, file: "l.yml", source: source, files: files, workingDirectory: "/work")
    }

    static func errors(_ yaml: String, files: LinkFiles? = nil) -> [String] {
        do {
            _ = try load(yaml, files: files)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func readsBothRostersAndTheLinkSettings() throws {
        let settings = try Self.load(Self.sample)
        #expect(settings.file == "l.yml")
        #expect(settings.students.id == "students" && settings.students.table == .person)
        #expect(settings.students.path == "district.csv" && settings.students.format == .csv)
        #expect(settings.students.fields.map(\.field) == ["person_id", "birth_date"])
        #expect(settings.students.fields[1].origin == .column("dob"))
        #expect(settings.students.fields[1].dateLayouts.count == 1)
        #expect(settings.participants.id == "participants" && settings.participants.delimiter == UInt8(ascii: ";"))
        #expect(settings.participants.fields[1].codes == ["G": "female", "B": "male"])
        #expect(settings.participants.location == SourceLocation(file: "l.yml", line: 8, column: 3))
        #expect(settings.probabilistic.blocking == [.birthDate])
        #expect(settings.probabilistic.linkThreshold == 0.9 && settings.probabilistic.reviewThreshold == 0.5)
        #expect(settings.decisions == "reviewed.csv")
    }

    @Test func withoutALinkSectionTheLinkerDefaultsApply() throws {
        let yaml = Self.sample.components(separatedBy: "link:\n")[0]
        let settings = try Self.load(yaml)
        #expect(settings.probabilistic.blocking == ProbabilisticLinkSettings.defaultBlocking)
        #expect(settings.probabilistic.linkThreshold == 0.95)
        #expect(settings.decisions == nil)
    }

    @Test func filesOnTheCommandLineReplaceThePaths() throws {
        let yaml = Self.sample.replacingOccurrences(of: "  path: district.csv\n", with: "")
        #expect(Self.errors(yaml) == [
            "l.yml:2:1: error: 'students' has no 'path'; add one, or give both files on the command line"
        ])
        let settings = try Self.load(yaml, files: LinkFiles(students: "in/a.csv", participants: "/data/b.tsv"))
        #expect(settings.students.path == "/work/in/a.csv")
        #expect(settings.students.location == SourceLocation(file: "in/a.csv"))
        #expect(settings.participants.path == "/data/b.tsv")
        #expect(settings.participants.delimiter == UInt8(ascii: ";"), "a written delimiter still applies")
        #expect(Self.errors(yaml, files: LinkFiles(students: "a.dat", participants: "b.csv")) == [
            "l.yml:2:1: error: cannot tell the format of 'a.dat' from its extension; add 'format: csv' or 'format: xml'"
        ])
    }

    @Test func unknownMissingAndRepeatedKeysAreLocated() {
        let yaml = Self.sample
            .replacingOccurrences(of: "participants:\n", with: "participant:\n")
            .replacingOccurrences(of: "  blocking:", with: "  reference: students\n  blocking:")
            .replacingOccurrences(of: "    person_id: student_id\n", with: "    person_id: student_id\n    person_id: id\n")
        #expect(Self.errors(yaml) == [
            "l.yml:1:1: error: the link settings file is missing required key 'participants'",
            "l.yml:6:5: error: duplicate key 'person_id'; first given at line 5",
            "l.yml:8:1: error: unknown key 'participant' in the link settings file; expected one of: allowed_paths, backbone, "
                + "link, participants, project_root, students; did you mean 'participants'?",
            "l.yml:13:3: error: unknown key 'reference' in 'link'; expected one of: blocking, decisions, "
                + "expected_match_share, link_threshold, max_block_size, max_candidate_pairs, max_training_pairs, random_pairs, "
                + "review_threshold, training_blocking",
        ])
    }

    @Test func rostersTakeAPersonSourcesMappingOnly() {
        let yaml = Self.sample
            .replacingOccurrences(of: "  path: district.csv\n", with: "  path: district.csv\n  table: person\n")
            .replacingOccurrences(of: "dob, format: YYYY-MM-DD", with: "dob, format: YY-MM-DD")
            .replacingOccurrences(of: "cbo_id, sex:", with: "cbo_id, gender:")
            .replacingOccurrences(of: "G: female", with: "G: girl")
        #expect(Self.errors(yaml) == [
            "l.yml:4:3: error: unknown key 'table' in 'students'; expected one of: delimiter, encoding, fields, "
                + "format, null_values, path, record",
            "l.yml:7:40: error: invalid date format 'YY-MM-DD'; expected a layout of YYYY, MM or M, and DD or D, such as MM/DD/YYYY",
            "l.yml:11:32: error: table 'person' has no field 'gender'; expected one of: person_id, state_id, district_id, "
                + "first_name, middle_name, last_name, nickname, full_name, birth_date, sex, race_ethnicity, "
                + "hispanic_latino, street, zip, school_id, grade",
        ])
        let missing = Self.sample.replacingOccurrences(of: "  fields: { person_id: cbo_id,", with: "  fields: { identifier: cbo_id,")
        #expect(Self.errors(missing) == [
            "l.yml:10:3: error: source 'participants' does not map required field 'person_id' of table 'person'",
            "l.yml:10:13: error: table 'person' has no field 'identifier'; expected one of: person_id, state_id, district_id, "
                + "first_name, middle_name, last_name, nickname, full_name, birth_date, sex, race_ethnicity, "
                + "hispanic_latino, street, zip, school_id, grade",
        ])
    }

    @Test func linkSettingsAreCheckedAsInAPipelineFile() {
        let yaml = Self.sample
            .replacingOccurrences(of: "[birth_date]", with: "[birthdate]")
            .replacingOccurrences(of: "90%", with: "190%")
            .replacingOccurrences(of: "backbone: 1", with: "backbone: 2")
        #expect(Self.errors(yaml) == [
            "l.yml:1:11: error: unsupported link settings file version 2; expected 1",
            "l.yml:12:14: error: unknown blocking rule 'birthdate'; expected one of: state_id, birth_date, given_name+surname, "
                + "surname+zip, surname+zip(no birth date), street+zip, surname_soundex+birth_year, given_prefix+zip, "
                + "surname_soundex+given_initial(no birth date)",
            "l.yml:13:19: error: expected a share in (0, 1] such as 2% or 0.02 for 'link_threshold', found '190%'",
        ])
        #expect(Self.errors("") == [
            "l.yml:1:1: error: the link settings file is empty; expected a mapping starting with 'backbone: 1'"
        ])
    }

    @Test func sourceAppliesToPipelineFilesOnly() {
        #expect(throws: Diagnostic.error(
            "--source 'cbo' applies to pipeline files; this is a link settings file (it has no 'sources')",
            at: SourceLocation(file: "l.yml"))
        ) {
            try Self.load(Self.sample, source: "cbo")
        }
    }
}
