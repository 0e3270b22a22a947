import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

/// `backbone init DIR`: scaffolds a new partnership's project.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new partnership project: a commented pipeline file, export folders, report templates, a cron line.")

    @Argument(help: "The project folder to create (new or empty).")
    var directory: String

    @Option(help: "The partnership's name.")
    var name = "Our Cradle to Career Partnership"

    @Option(help: "Report templates to start from (default: Backbone's own, reports/default in its checkout).")
    var templates: String?

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let folder = FilePath.resolve(directory, against: cwd)
        do {
            let written = try ProjectScaffold.create(
                in: folder, partnership: name, templates: templates.map { FilePath.resolve($0, against: cwd) } ?? Self.defaultTemplates)
            print("created \(directory) (\(written.count) files); next: backbone check \(directory)/pipeline.yml")
        } catch {
            throw ExitCode(Diagnostics.report(error))
        }
    }

    /// Backbone's own templates, in the checkout this binary was built from.
    static var defaultTemplates: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("reports/default").path
    }
}
