/// Where the rows of a table were read: per row a file and a line (CSV) or record number (XML).
public struct RowOrigins: Sendable {
    public enum Unit: Sendable { case line, record }
    public let unit: Unit
    public private(set) var files: [String] = []
    public private(set) var fileIndices: [UInt16] = []
    public private(set) var numbers: [Int32] = []

    public init(unit: Unit) {
        self.unit = unit
    }

    public var count: Int { numbers.count }

    /// Starts a new file; rows appended after this call belong to it.
    public mutating func beginFile(_ file: String) {
        files.append(file)
    }

    public mutating func append(_ number: Int) {
        precondition(!files.isEmpty, "beginFile before appending rows")
        fileIndices.append(UInt16(clamping: files.count - 1))
        numbers.append(Int32(clamping: number))
    }

    public func location(ofRow row: Int) -> SourceLocation {
        let file = files[Int(fileIndices[row])]
        let n = Int(numbers[row])
        switch unit {
        case .line: return SourceLocation(file: file, line: n)
        case .record: return SourceLocation(file: file, record: n)
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
