/// One record of an XML source: the values its field paths selected.
public struct XMLRecord: Sendable {
    /// 1-based record number in the file.
    public var number: Int
    /// The line of the record's start tag (where the tag ends, for a tag spanning lines).
    public var line: Int
    /// One per field path, in the order given: the text of the first match (or the attribute's
    /// value), whitespace-trimmed; nil when the path matches nothing in this record.
    public var values: [String?]

    public init(number: Int, line: Int, values: [String?]) {
        self.number = number
        self.line = line
        self.values = values
    }
}
