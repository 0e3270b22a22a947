import BackboneCore
import Extract
import Linkage
import Yams

extension PipelineDecoding {
    static let linkSettingsFileKeys = ["backbone", "students", "participants", "link", "project_root", "allowed_paths"]
    /// A source's keys, less what a link settings file fixes: no `partner`, the table is
    /// `person`, and the linker alone applies no validation rules.
    static let rosterKeys = ["path", "format", "encoding", "delimiter", "null_values", "record", "fields"]
    /// `stages.link`'s keys less `reference`: the file's own `students` are the reference.
    static let linkSettingsKeys = linkKeys.filter { $0 != "reference" && $0 != "schools" }

    /// A whole link settings file (docs/link-settings.md). `files`, as typed on the command line
    /// (relative to `workingDirectory`), replace the rosters' `path`s; the paths written in the
    /// file stay in its project folder, as a pipeline file's do.
    mutating func decodeLinkSettingsFile(files: LinkFiles?, workingDirectory: String) -> LinkSettings? {
        guard let rootNode = reader.document.root else {
            if reader.diagnostics.isEmpty {
                let start = SourceLocation(file: file, line: 1, column: 1)
                reader.report(.error("the link settings file is empty; expected a mapping starting with 'backbone: 1'", at: start))
            }
            return nil
        }
        let owner = "the link settings file"
        guard let root = reader.mapping(
            rootNode, for: owner, owner: owner, allowed: Self.linkSettingsFileKeys,
            required: ["backbone", "students", "participants"])
        else { return nil }
        let versionIsSupported = root["backbone"].map { checkVersion($0, of: "link settings file") } ?? false
        projectFolder = decodeProjectFolder(root, workingDirectory: workingDirectory)
        func roster(_ entry: YAMLMapping.Entry?, file: String?) -> SourceConfig? {
            entry.flatMap { decodeRoster($0, file: file, workingDirectory: workingDirectory) }
        }
        let students = roster(root.entry("students"), file: files?.students)
        let participants = roster(root.entry("participants"), file: files?.participants)
        var link: YAMLMapping?
        if let node = root["link"] {
            link = reader.mapping(node, for: "'link'", owner: "'link'", allowed: Self.linkSettingsKeys)
            if link == nil { return nil }
        }
        let probabilistic = linkSettings(link)
        let decisions = linkDecisions(link)
        guard versionIsSupported, let students, let participants, let probabilistic else { return nil }
        return LinkSettings(
            file: file, students: students, participants: participants, probabilistic: probabilistic, decisions: decisions)
    }

    /// `students:` or `participants:`: a `person` source of its own. `file`, when given, is read
    /// instead of `path`, and errors about reading it name it.
    private mutating func decodeRoster(_ entry: YAMLMapping.Entry, file typed: String?, workingDirectory: String) -> SourceConfig? {
        let id = entry.key
        let owner = "'\(id)'"
        guard let roster = reader.mapping(entry.value, for: owner, owner: owner, allowed: Self.rosterKeys, required: ["fields"])
        else { return nil }
        let written = roster["path"].flatMap { checkedPath($0) }.flatMap { confined($0, at: roster["path"]) }
        let path = typed ?? written
        if typed == nil, roster["path"] == nil {
            reader.error("\(owner) has no 'path'; add one, or give both files on the command line", at: entry.keyNode)
        }
        let format = sourceFormat(roster, path: path, pathNode: typed == nil ? roster["path"] : entry.keyNode)
        let settings = format.flatMap { formatSettings(roster, format: $0, owner: owner, path: path ?? "") }
        let nullValues = roster["null_values"].flatMap { strings($0, for: "'null_values'") } ?? []
        let fields = roster.entry("fields").flatMap { decodeFields($0, source: id, table: .person, format: format) }
        guard let path, let format, let settings, let fields else { return nil }
        return SourceConfig(
            id: id, partner: "", path: typed.map { FilePath.resolve($0, against: workingDirectory) } ?? path,
            format: format, table: .person, encoding: settings.encoding, delimiter: settings.delimiter,
            recordElement: settings.record, nullValues: nullValues, fields: fields,
            location: typed.map { SourceLocation(file: $0) } ?? reader.location(of: entry.value))
    }
}
