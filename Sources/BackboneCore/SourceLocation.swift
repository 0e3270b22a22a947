/// Where a value, a row or a configuration node came from, so that every message a person
/// reads can point at the exact place to fix.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (relative to the pipeline file where possible).
    public var file: String
    /// 1-based line, or nil when only a record number is known.
    public var line: Int?
    /// 1-based column (bytes for CSV, Unicode scalars for YAML), or nil.
    public var column: Int?
    /// For XML and other record-oriented inputs: 1-based record number and element path.
    public var record: Int?
    public var path: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, record: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.path = path
    }

    /// `file:line:column`, then the record and element path where known.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let record { text += " (record \(record)" + (path.map { ", \($0)" } ?? "") + ")" }
        else if let path { text += " (\(path))" }
        return text
    }
}
