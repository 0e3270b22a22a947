import ArgumentParser
import BackboneCore
import Pipeline

/// `backbone link SETTINGS [STUDENTS_FILE PARTICIPANTS_FILE] --out CROSSWALK.csv`: the linker on
/// its own, for checking a new partner's roster and for benchmarks.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link a roster of participants to a roster of students and write a crosswalk.",
        discussion: """
            SETTINGS is a link settings file (see docs/link-settings.md and pipelines/link/) or a \
            pipeline file; with a pipeline file, the students are its link reference and --source \
            names the person source to link. The two files, when given, replace the paths in SETTINGS.

            The crosswalk (participant_id,student_id,pass,match_probability) and the review queue \
            name people: they are created owner-only (0600). Standard output shows counts only.
            """)

    @Argument(help: "A link settings file, or a pipeline file (then give --source).")
    var settings: String

    @Argument(help: ArgumentHelp("The students' file (default: the path in SETTINGS).", valueName: "students-file"))
    var studentsFile: String?

    @Argument(help: ArgumentHelp("The participants' file (default: the path in SETTINGS).", valueName: "participants-file"))
    var participantsFile: String?

    @Option(help: ArgumentHelp("With a pipeline file: the person source whose participants are linked.", valueName: "source-id"))
    var source: String?

    @Option(help: ArgumentHelp("Where to write the crosswalk CSV (owner-only, 0600).", valueName: "crosswalk.csv"))
    var out: String

    @Option(help: ArgumentHelp("Where to write the pairs a person must review (CSV, owner-only, 0600).", valueName: "file"))
    var reviewQueue: String?

    @Option(
        help: ArgumentHelp(
            "Reviewers' verdicts (CSV: source,participant_id,student_id,decision); replaces the settings' 'decisions'.",
            valueName: "file"))
    var decisions: String?

    func validate() throws {
        if studentsFile != nil, participantsFile == nil {
            throw ValidationError("give both the students' and the participants' file, or neither")
        }
    }

    func run() throws {
        do {
            let files = studentsFile.flatMap { students in
                participantsFile.map { LinkFiles(students: students, participants: $0) }
            }
            let settings = try LinkSettingsLoader.load(path: self.settings, source: source, files: files)
            let outcome = try LinkFileRunner(settings: settings)
                .run(crosswalk: out, reviewQueue: reviewQueue, decisions: decisions)
            outcome.warnings(settingsFile: self.settings).forEach { Diagnostics.printToStandardError($0.description) }
            print(outcome.summaryText())
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
