import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

/// `backbone explain PIPELINE INDICATOR`: the definition and counts behind a published number;
/// the contributing records (pseudonymous) go to the private folder only.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how an indicator was computed: its definition and the count after each filter.",
        discussion: """
            The student-years behind the number are written, under keyed pseudonyms, to \
            <private>/explain/; no name, id or birth date is printed.
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Argument(help: "The indicator id, as declared in the pipeline file.")
    var indicator: String

    @Option(help: "A school year (2026 or 2025-26); default: every reported year.")
    var year: String?

    @Option(help: "A group, as DIMENSION=CODE (race_ethnicity=black, school=101, participant_youthworks=yes).")
    var group: String?

    @Option(name: .customLong("private"), help: "Owner-only folder for record-level files (default: private/<pipeline name>).")
    var privateDirectory: String?

    @Option(help: "A crosswalk.csv a previous run wrote to its private folder, used instead of linking.")
    var crosswalk: String?

    func run() throws {
        let name = PipelineName.of(pipeline)
        let cwd = FileManager.default.currentDirectoryPath
        let schoolYear = try year.map { text in
            guard let parsed = SchoolYear.parse(text) else { throw ValidationError("expected a school year such as 2026 or 2025-26, found '\(text)'") }
            return parsed
        }
        do {
            let config = try PipelineLoader.load(path: pipeline)
            let privateFolder = FilePath.resolve(privateDirectory ?? "private/\(name)", against: cwd)
            let report = try IndicatorAudit.explain(
                config: config,
                options: RunOptions(outputDirectory: FilePath.resolve("out/\(name)", against: cwd), privateDirectory: privateFolder),
                observer: TerminalProgress(quiet: true), crosswalkFile: crosswalk.map { (FilePath.resolve($0, against: cwd), $0) },
                indicator: indicator, year: schoolYear, group: group)
            print(report.text(recordsFile: FilePath.relative(report.recordsFile, to: cwd)))
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }
}
