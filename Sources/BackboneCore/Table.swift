/// Where the rows of a table were read: per row a file and a line (CSV) or record number (XML),
/// and for CSV rows their place in the file's bytes, so a row set aside after extract can
/// still be copied exactly as read.
public struct RowOrigins: Sendable {
    public enum Unit: Sendable { case line, record }

    /// Where one row's original text is in the files read, by file index (the order of
    /// `beginFile` calls, the order in which the source's files were read).
    public enum Span: Sendable, Hashable {
        /// A CSV row: bytes `offset ..< offset + length` of the file's stream (decompressed,
        /// offset 0 before any byte order mark), line break excluded.
        case bytes(file: Int, offset: Int, length: Int)
        /// An XML record: the file's `number`th record element (1-based, in document order).
        case record(file: Int, number: Int)
    }

    public let unit: Unit
    public private(set) var files: [String] = []
    public private(set) var fileIndices: [UInt16] = []
    public private(set) var numbers: [Int32] = []
    /// For rows appended with their bytes (CSV rows from extract): one entry per row, else empty.
    public private(set) var byteOffsets: [Int64] = []
    public private(set) var byteLengths: [UInt32] = []

    /// For records: the element each record is, named in every location (`(record 12, Participant)`).
    public let recordElement: String?

    public init(unit: Unit, recordElement: String? = nil) {
        self.unit = unit
        self.recordElement = recordElement
    }

    /// Origins read back whole (from the stage cache); the caller has checked they agree.
    init(
        unit: Unit, recordElement: String?, files: [String], fileIndices: [UInt16], numbers: [Int32],
        byteOffsets: [Int64], byteLengths: [UInt32]
    ) {
        self.unit = unit
        self.recordElement = recordElement
        self.files = files
        self.fileIndices = fileIndices
        self.numbers = numbers
        self.byteOffsets = byteOffsets
        self.byteLengths = byteLengths
    }

    public var count: Int { numbers.count }

    /// The same rows, their files named anew: a cached table's files as this run names them.
    public func renamingFiles(_ names: [String]) -> RowOrigins {
        precondition(names.count == files.count, "one new name per file")
        var renamed = self
        renamed.files = names
        return renamed
    }

    /// Starts a new file; rows appended after this call belong to it.
    public mutating func beginFile(_ file: String) {
        files.append(file)
    }

    public mutating func append(_ number: Int) {
        precondition(!files.isEmpty, "beginFile before appending rows")
        precondition(byteOffsets.isEmpty, "every row, or none, is appended with its bytes")
        fileIndices.append(UInt16(clamping: files.count - 1))
        numbers.append(Int32(clamping: number))
    }

    /// Appends a row read from bytes `byteOffset ..< byteOffset + byteLength` of the current file.
    public mutating func append(_ number: Int, byteOffset: Int, byteLength: Int) {
        precondition(!files.isEmpty && unit == .line, "beginFile before appending rows; bytes only for lines")
        precondition(byteOffsets.count == count, "every row, or none, is appended with its bytes")
        precondition(byteOffset >= 0 && byteLength >= 0 && byteLength <= Int(UInt32.max), "row bytes out of range")
        fileIndices.append(UInt16(clamping: files.count - 1))
        numbers.append(Int32(clamping: number))
        byteOffsets.append(Int64(byteOffset))
        byteLengths.append(UInt32(byteLength))
    }

    /// For concatenation: one row of a known file, its bytes (if any) appended separately.
    mutating func appendRow(file: UInt16, number: Int32) {
        fileIndices.append(file)
        numbers.append(number)
    }

    mutating func appendBytes(offset: Int64, length: UInt32) {
        byteOffsets.append(offset)
        byteLengths.append(length)
    }

    public func location(ofRow row: Int) -> SourceLocation {
        let file = files[Int(fileIndices[row])]
        let n = Int(numbers[row])
        switch unit {
        case .line: return SourceLocation(file: file, line: n)
        case .record: return SourceLocation(file: file, record: n, path: recordElement)
        }
    }

    /// The origins of `rows`, in that order, over the same files, so file indices and spans
    /// keep their meaning.
    public func rows(_ rows: [Int]) -> RowOrigins {
        var picked = RowOrigins(unit: unit, recordElement: recordElement)
        picked.files = files
        picked.fileIndices = rows.map { fileIndices[$0] }
        picked.numbers = rows.map { numbers[$0] }
        if !byteOffsets.isEmpty {
            picked.byteOffsets = rows.map { byteOffsets[$0] }
            picked.byteLengths = rows.map { byteLengths[$0] }
        }
        return picked
    }

    /// Where the row's original text is; nil for a line-numbered row appended without its bytes.
    public func span(ofRow row: Int) -> Span? {
        let file = Int(fileIndices[row])
        switch unit {
        case .record:
            return .record(file: file, number: Int(numbers[row]))
        case .line:
            guard !byteOffsets.isEmpty else { return nil }
            return .bytes(file: file, offset: Int(byteOffsets[row]), length: Int(byteLengths[row]))
        }
    }
}

/// A typed, columnar table: what every stage hands the next.
///
/// `origins` keeps, for each row, where it was read, so a later stage can still point a
/// person at the row it questions.
public struct Table: Sendable {
    public let name: String
    public let columns: [Column]
    public let origins: RowOrigins
    private let index: [String: Int]

    public init(name: String, columns: [Column], origins: RowOrigins) {
        precondition(columns.allSatisfy { $0.count == origins.count }, "columns of unequal length in \(name)")
        self.name = name
        self.columns = columns
        self.origins = origins
        var index: [String: Int] = [:]
        for (i, column) in columns.enumerated() { index[column.name] = i }
        self.index = index
    }

    public var rowCount: Int { origins.count }
    public var columnNames: [String] { columns.map(\.name) }

    public func column(_ name: String) -> Column? {
        index[name].map { columns[$0] }
    }

    public subscript(row: Int, column: String) -> Value {
        guard let i = index[column] else { return .null }
        return columns[i][row]
    }
}
