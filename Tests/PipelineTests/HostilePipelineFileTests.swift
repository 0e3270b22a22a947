import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// Pipeline and link settings files under `fixtures/hostile/pipelines/`: alias bombs, unknown
/// keys, wrong types and paths that leave the project folder (sources, review decisions, report
/// templates, rosters) are each reported at their line and column, within a time limit, and
/// nothing is expanded or read.
@Suite struct HostilePipelineFileTests {
    static func errors(_ name: String) -> [String] {
        errors { try PipelineLoader.load(path: Fixtures.path("hostile/pipelines/\(name)")) }
    }

    static func linkSettingsErrors(_ name: String) -> [String] {
        errors { try LinkSettingsLoader.load(path: Fixtures.path("hostile/pipelines/\(name)")) }
    }

    private static func errors(_ load: () throws -> Any) -> [String] {
        do {
            _ = try load()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: Fixtures.path("hostile"), with: "H") }
        } catch {
            return ["\(error)"]
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["alias-bomb.yml", "alias-bomb-as-key.yml"])
    func anAliasBombIsRefusedBeforeItIsWalked(_ name: String) {
        let errors = Self.errors(name)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("H/pipelines/\(name):") == true)
        #expect(errors.first?.contains("error: the YAML expands to more than 100000 nodes through anchors and aliases") == true)
    }

    @Test func unknownKeysAreEachNamed() {
        #expect(Self.errors("unknown-keys.yml") == [
            "H/pipelines/unknown-keys.yml:10:5: error: unknown key 'colour' in source 'students'; expected one of: "
                + "delimiter, encoding, fields, format, null_values, partner, path, record, rules, table, threshold",
            "H/pipelines/unknown-keys.yml:11:1: error: unknown key 'stagez' in the pipeline file; expected one of: "
                + "allowed_paths, backbone, limits, partners, partnership, project_root, sources, stages; did you mean 'stages'?",
        ])
    }

    @Test func wrongTypesNameWhatWasExpectedAndFound() {
        #expect(Self.errors("wrong-types.yml") == [
            "H/pipelines/wrong-types.yml:2:14: error: expected a mapping for 'partnership', found a sequence",
            "H/pipelines/wrong-types.yml:8:12: error: expected a string for 'table', found a mapping",
        ])
    }

    @Test(arguments: [
        ("path-escape-relative.yml", "../../../../../../etc/passwd"),
        ("path-escape-absolute.yml", "/etc/passwd"),
    ])
    func aSourcePathLeavingTheProjectIsRefused(_ name: String, path: String) {
        #expect(Self.errors(name) == [
            "H/pipelines/\(name):7:11: error: path '\(path)' leaves the project folder (H); move the export into it, "
                + "or declare its folder under 'allowed_paths:'"
        ])
    }

    @Test func aDeclaredFolderOutsideTheProjectMayBeRead() throws {
        let config = try PipelineLoader.load(path: Fixtures.path("hostile/pipelines/path-declared.yml"))
        #expect(config.sources.map(\.path) == ["/etc/passwd"])
    }

    @Test func decisionsAndTemplatesLeavingTheProjectAreRefused() {
        #expect(Self.errors("stage-paths-escape.yml") == [
            "H/pipelines/stage-paths-escape.yml:9:16: error: path '../../../../../../etc/passwd' leaves the project folder (H); "
                + "move the decisions file into it, or declare its folder under 'allowed_paths:'",
            "H/pipelines/stage-paths-escape.yml:11:16: error: path '/etc' leaves the project folder (H); "
                + "move the templates folder into it, or declare its folder under 'allowed_paths:'",
        ])
    }

    @Test func aDeclaredFolderMayHoldTheDecisionsAndTemplates() throws {
        let config = try PipelineLoader.load(path: Fixtures.path("hostile/pipelines/stage-paths-declared.yml"))
        #expect(config.stages.link.decisions == "/etc/passwd")
        #expect(config.stages.report.templates == "/etc")
    }

    @Test func linkSettingsPathsLeavingTheProjectAreRefused() {
        let advice = "into it, or declare its folder under 'allowed_paths:'"
        #expect(Self.linkSettingsErrors("link-settings-escape.yml") == [
            "H/pipelines/link-settings-escape.yml:3:9: error: path '../../students.csv' leaves the project folder (H); "
                + "move the export \(advice)",
            "H/pipelines/link-settings-escape.yml:6:9: error: path '/etc/passwd' leaves the project folder (H); "
                + "move the export \(advice)",
            "H/pipelines/link-settings-escape.yml:10:14: error: path '/etc/shadow' leaves the project folder (H); "
                + "move the decisions file \(advice)",
        ])
    }

    @Test func aLinkSettingsFileMayDeclareFoldersOutsideItsProject() throws {
        let settings = try LinkSettingsLoader.load(path: Fixtures.path("hostile/pipelines/link-settings-declared.yml"))
        #expect(settings.students.path == "../students.csv")
        #expect(settings.participants.path == "/etc/passwd")
        #expect(settings.decisions == "/etc/shadow")
    }

    /// Roster paths are relative to the settings file's folder, whatever the working folder;
    /// files given on the command line are the user's own choice and are not confined.
    @Test func linkSettingsPathsStayInTheSettingsFilesProject() throws {
        func errors(_ path: String) -> [String] {
            let yaml = """
                backbone: 1
                students: { path: \(path), fields: { person_id: id } }
                participants: { path: cbo.csv, fields: { person_id: id } }
                """
            return Self.errors { try LinkSettingsLoader.load(yaml: yaml, file: "project/l.yml", workingDirectory: "/srv/work") }
        }
        #expect(errors("district.csv") == [])
        #expect(errors("exports/../district.csv") == [])
        #expect(errors("../district.csv") == [
            "project/l.yml:2:19: error: path '../district.csv' leaves the project folder (/srv/work/project); "
                + "move the export into it, or declare its folder under 'allowed_paths:'"
        ])
        let settings = try LinkSettingsLoader.load(
            yaml: "backbone: 1\nstudents: { fields: { person_id: id } }\nparticipants: { fields: { person_id: id } }\n",
            file: "project/l.yml", files: LinkFiles(students: "/tmp/district.csv", participants: "../cbo.csv"),
            workingDirectory: "/srv/work")
        #expect(settings.students.path == "/tmp/district.csv" && settings.participants.path == "/srv/cbo.csv")
    }

    @Test func aSymbolicLinkOutOfTheProjectIsRefused() throws {
        let project = try Fixtures.temporaryDirectory("hostile-link")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createSymbolicLink(
            atPath: project.appendingPathComponent("exports").path, withDestinationPath: "/etc")
        let yaml = """
            backbone: 1
            partnership: { name: Hostile }
            partners: { district: { name: District, kind: district } }
            sources:
              students:
                partner: district
                path: exports/passwd.csv
                table: person
                fields: { person_id: id }
            """
        let file = project.appendingPathComponent("p.yml").path
        #expect {
            try PipelineLoader.load(yaml: yaml, file: file)
        } throws: { error in
            let message = (error as? DiagnosticsError)?.diagnostics.first?.message ?? ""
            return message.hasPrefix("path 'exports/passwd.csv' leads through a symbolic link to /etc/passwd.csv")
        }
    }

    @Test func theProjectFolderIsThePipelinesParentOrTheDeclaredRoot() throws {
        let project = try Fixtures.temporaryDirectory("hostile-root")
        defer { try? FileManager.default.removeItem(at: project) }
        let pipelines = project.appendingPathComponent("pipelines")
        try FileManager.default.createDirectory(at: pipelines, withIntermediateDirectories: true)
        func errors(_ head: String, path: String, in folder: URL) -> [String] {
            let yaml = head + """
                backbone: 1
                partnership: { name: Hostile }
                partners: { district: { name: District, kind: district } }
                sources:
                  students: { partner: district, path: \(path), table: person, fields: { person_id: id } }
                """
            do {
                _ = try PipelineLoader.load(yaml: yaml, file: folder.appendingPathComponent("p.yml").path)
                return []
            } catch let error as DiagnosticsError {
                return error.diagnostics.map(\.message)
            } catch {
                return ["\(error)"]
            }
        }
        #expect(errors("", path: "../exports/s.csv", in: pipelines) == [])
        #expect(errors("", path: "../../s.csv", in: pipelines).first?.contains("leaves the project folder") == true)
        #expect(errors("", path: "../s.csv", in: project).first?.contains("leaves the project folder") == true)
        #expect(errors("project_root: ..\n", path: "../s.csv", in: project) == [])
    }
}
