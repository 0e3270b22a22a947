import BackboneCore
import Foundation

/// `backbone init DIR`: a new partnership's project — a commented pipeline file that passes
/// `backbone check`, folders for partners' exports, a copy of the report templates to make
/// its own, a README with a sample cron line, and a .gitignore that keeps record-level files
/// and run outputs out of version control.
public enum ProjectScaffold {
    /// The files written, relative to `directory`, in writing order.
    @discardableResult
    public static func create(in directory: String, partnership: String, templates: String) throws -> [String] {
        let fm = FileManager.default
        var existing: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &existing) {
            let entries = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            guard existing.boolValue, entries.filter({ !$0.hasPrefix(".") }).isEmpty else {
                throw Diagnostic.error("expected a new or empty folder for the project; this one has files", at: SourceLocation(file: directory))
            }
        }
        let templateFiles = ((try? fm.contentsOfDirectory(atPath: templates)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        guard templateFiles.contains("index.mustache") else {
            throw Diagnostic.error(
                "expected report templates (index.mustache and the rest) in this folder; pass --templates", at: SourceLocation(file: templates))
        }
        var written: [String] = []
        func write(_ text: String, _ path: String) throws {
            let full = directory + "/" + path
            try fm.createDirectory(atPath: FilePath.directory(of: full), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            written.append(path)
        }
        do {
            try write(ScaffoldTexts.pipeline(partnership: partnership), "pipeline.yml")
            try write(ScaffoldTexts.readme(partnership: partnership), "README.md")
            try write(ScaffoldTexts.gitignore, ".gitignore")
            for (folder, text) in ScaffoldTexts.exportFolders { try write(text, "exports/\(folder)/README.md") }
            for file in templateFiles {
                guard let data = fm.contents(atPath: templates + "/" + file) else { continue }
                try write(String(decoding: data, as: UTF8.self), "reports/card/" + file)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic.error("cannot write the project: \(error.localizedDescription)", at: SourceLocation(file: directory))
        }
        return written
    }
}
