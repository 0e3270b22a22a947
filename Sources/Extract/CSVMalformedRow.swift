import BackboneCore

/// A data row that breaks the CSV format, reported so the row can be quarantined and the
/// partner told exactly where to look.
public struct CSVMalformedRow: Sendable {
    /// The file, line and 1-based byte column of the first problem in the row.
    public var location: SourceLocation
    /// What was expected and what was found; never a cell's value.
    public var message: String
    /// The row's bytes exactly as read (original encoding, line break excluded). For a row
    /// too long to keep, only the bytes up to where the reader stopped keeping them.
    public var raw: [UInt8]
    /// Where the row's first byte is in the input stream (decompressed, 0 before any byte
    /// order mark).
    public var byteOffset: Int
    /// The row's whole length in the input stream, line break excluded: every byte up to the
    /// line break that ends it (or the end of the file), even those of a row too long to keep.
    public var byteLength: Int

    public init(location: SourceLocation, message: String, raw: [UInt8], byteOffset: Int, byteLength: Int) {
        self.location = location
        self.message = message
        self.raw = raw
        self.byteOffset = byteOffset
        self.byteLength = byteLength
    }
}
