import BackboneCore

/// Builds a source's canonical table from raw values, one row at a time, whatever the format.
///
/// A required field that is missing or unparseable rejects the row; any other unparseable
/// value leaves the cell empty and is counted as a value problem.
struct RowAssembler {
    static let examplesKept = 5

    private var fields: [CellParser]
    /// Per field: an unreadable value sets the row aside (`invalid: error`).
    private let rejectsInvalid: [Bool]
    private let required: [Bool]
    private(set) var builder: TableBuilder
    private(set) var rejected: [RejectedRow] = []
    private var problemCounts: [Int]
    private var problemExamples: [[Diagnostic]]
    /// The row being assembled, reused from row to row.
    private var row: [CellParser.Parsed]
    private var cells: [TableCell]

    init(source: SourceConfig, unit: RowOrigins.Unit) throws {
        let table = source.table
        let nullValues = Set(source.nullValues)
        var fields: [CellParser] = []
        for mapping in source.fields {
            guard let field = table.field(mapping.field) else {
                throw Diagnostic.error("table '\(table.rawValue)' has no field '\(mapping.field)'", at: mapping.location)
            }
            fields.append(
                try CellParser(parser: FieldParser(field: field, mapping: mapping), mapping: mapping, nullValues: nullValues))
        }
        self.fields = fields
        self.rejectsInvalid = source.fields.map { $0.invalid == .error }
        self.required = fields.map(\.parser.field.required)
        self.builder = TableBuilder(
            name: source.id, fields: fields.map { ($0.parser.field.name, $0.parser.field.type) },
            origins: RowOrigins(unit: unit, recordElement: unit == .record ? source.recordElement : nil))
        self.problemCounts = Array(repeating: 0, count: fields.count)
        self.problemExamples = Array(repeating: [], count: fields.count)
        self.row = Array(repeating: CellParser.Parsed(cell: .null, message: -1), count: fields.count)
        self.cells = Array(repeating: .null, count: fields.count)
    }

    mutating func beginFile(_ file: String) {
        builder.beginFile(file)
    }

    /// A CSV row: `raw(i)` lends field i's bytes, valid until the next call (nil for a field
    /// not read from the file); `span` is where the row's text is in the file.
    mutating func add(
        origin: Int, location: @autoclosure () -> SourceLocation, span: RowOrigins.Span,
        raw: (Int) -> UnsafeBufferPointer<UInt8>?
    ) {
        fields.withUnsafeMutableBufferPointer { fields in
            row.withUnsafeMutableBufferPointer { row in
                for i in fields.indices { row[i] = fields[i].parse(raw(i)) }
            }
        }
        finishRow(origin: origin, location: location, span: span)
    }

    /// An XML record: `text(i)` is field i's text (nil for a field not read from the file).
    mutating func add(
        origin: Int, location: @autoclosure () -> SourceLocation, span: RowOrigins.Span, text: (Int) -> String?
    ) {
        for i in fields.indices {
            guard var value = text(i) else {
                row[i] = fields[i].parse(nil)
                continue
            }
            row[i] = value.withUTF8 { fields[i].parse($0) }
        }
        finishRow(origin: origin, location: location, span: span)
    }

    private mutating func finishRow(origin: Int, location: () -> SourceLocation, span: RowOrigins.Span) {
        var hasProblem = false
        for i in fields.indices where row[i].message >= 0 || (row[i].cell.isNull && required[i]) {
            hasProblem = true
            break
        }
        if hasProblem, !keepDespiteProblems(location: location(), span: span) { return }
        for i in fields.indices { cells[i] = row[i].cell }
        cells.withUnsafeBufferPointer { cells in
            let string: (Int, Int) -> String = { [fields] column, id in fields[column].strings[id] }
            switch span {
            case .bytes(_, let offset, let length):
                builder.append(cells, origin: origin, byteOffset: offset, byteLength: length, string: string)
            case .record: builder.append(cells, origin: origin, string: string)
            }
        }
    }

    /// Sets the row aside when a problem is fatal, else counts its problems; true when kept.
    private mutating func keepDespiteProblems(location: SourceLocation, span: RowOrigins.Span) -> Bool {
        var problems: [(field: Int, message: String)] = []
        for i in fields.indices {
            let name = fields[i].parser.field.name
            if row[i].message >= 0 {
                problems.append((i, "field '\(name)': \(fields[i].messages[Int(row[i].message)])"))
            } else if row[i].cell.isNull, required[i] {
                problems.append((i, "required field '\(name)' is missing"))
            }
        }
        if let fatal = problems.first(where: { required[$0.field] || rejectsInvalid[$0.field] }) {
            rejected.append(RejectedRow(location: location, reason: fatal.message, span: span))
            return false
        }
        for (i, message) in problems {
            problemCounts[i] += 1
            if problemExamples[i].count < Self.examplesKept {
                problemExamples[i].append(.warning(message, at: location))
            }
        }
        return true
    }

    mutating func reject(_ row: RejectedRow) {
        rejected.append(row)
    }

    func problems() -> [ValueProblems] {
        fields.indices
            .filter { problemCounts[$0] > 0 }
            .map { ValueProblems(field: fields[$0].parser.field.name, count: problemCounts[$0], examples: problemExamples[$0]) }
            .sorted { $0.field < $1.field }
    }
}
