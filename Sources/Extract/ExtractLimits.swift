import BackboneCore

/// How much one source may hold, from the pipeline file's `limits:`, so a broken or hostile
/// export stops with a clear error (or sets a row aside) instead of filling memory or disk.
public struct ExtractLimits: Sendable, Equatable {
    /// Each input file as stored (compressed, for a gzipped file).
    public var maxFileBytes: Int
    /// A longer CSV field sets its row aside (`CSVOptions.maxFieldBytes`).
    public var maxFieldBytes: Int
    /// Rows (or XML records) one source may read, over all its files.
    public var maxRows: Int
    /// What one gzipped file may inflate to (`GzipLimits.maxOutputBytes`).
    public var maxInflatedBytes: Int

    public init(
        maxFileBytes: Int = 64 << 30, maxFieldBytes: Int = 1 << 20, maxRows: Int = 100_000_000,
        maxInflatedBytes: Int = 8 << 30
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxRows = maxRows
        self.maxInflatedBytes = maxInflatedBytes
    }

    /// The error for the row past `maxRows`, at `line` of `file`.
    func tooManyRows(_ line: Int, in file: String) -> Diagnostic {
        .error(
            "the file holds more than \(maxRows) rows, the limit 'limits: max_rows'; "
                + "raise it if the export really is this large", at: SourceLocation(file: file, line: line))
    }
}
