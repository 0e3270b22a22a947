import BackboneCore

/// How a partner's CSV export is written, from its source entry in the pipeline file.
public struct CSVOptions: Sendable {
    /// `,` `;` tab or `|`.
    public var delimiter: UInt8
    /// Fields are validated (UTF-8) or transcoded (Windows-1252, Latin-1) to UTF-8.
    public var encoding: TextEncoding
    /// A longer field makes its row malformed. It also bounds memory: a data row may hold
    /// at most the header's field count times this, so an unclosed quote cannot swallow a file.
    public var maxFieldBytes: Int

    public init(delimiter: UInt8 = UInt8(ascii: ","), encoding: TextEncoding = .utf8, maxFieldBytes: Int = 1 << 20) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.maxFieldBytes = maxFieldBytes
    }
}
