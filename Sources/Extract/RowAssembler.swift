import BackboneCore

/// Builds a source's canonical table from raw values, one row at a time, whatever the format.
///
/// A required field that is missing or unparseable rejects the row; any other unparseable
/// value leaves the cell empty and is counted as a value problem.
struct RowAssembler {
    static let examplesKept = 5

    let parsers: [FieldParser]
    /// Per field: an unreadable value sets the row aside (`invalid: error`).
    let rejectsInvalid: [Bool]
    let constants: [Value?]
    let nullValues: Set<String>
    private(set) var builder: TableBuilder
    private(set) var rejected: [RejectedRow] = []
    private var problemCounts: [Int]
    private var problemExamples: [[Diagnostic]]

    init(source: SourceConfig, unit: RowOrigins.Unit) throws {
        let table = source.table
        var parsers: [FieldParser] = []
        var constants: [Value?] = []
        for mapping in source.fields {
            guard let field = table.field(mapping.field) else {
                throw Diagnostic.error("table '\(table.rawValue)' has no field '\(mapping.field)'", at: mapping.location)
            }
            let parser = FieldParser(field: field, mapping: mapping)
            parsers.append(parser)
            if case .constant(let text) = mapping.origin {
                switch parser.parse(Substring(text)) {
                case .value(let value): constants.append(value)
                case .invalid(let message): throw Diagnostic.error(message, at: mapping.location)
                }
            } else {
                constants.append(nil)
            }
        }
        self.parsers = parsers
        self.rejectsInvalid = source.fields.map { $0.invalid == .error }
        self.constants = constants
        self.nullValues = Set(source.nullValues)
        self.builder = TableBuilder(
            name: source.id, fields: parsers.map { ($0.field.name, $0.field.type) }, origins: RowOrigins(unit: unit, recordElement: unit == .record ? source.recordElement : nil))
        self.problemCounts = Array(repeating: 0, count: parsers.count)
        self.problemExamples = Array(repeating: [], count: parsers.count)
    }

    mutating func beginFile(_ file: String) {
        builder.beginFile(file)
    }

    /// `raw(i)` gives field i's raw text (ignored for constants); `span` is where the row's
    /// text is in the files, kept for a row that is set aside now or later.
    mutating func add(origin: Int, location: SourceLocation, span: RowOrigins.Span, raw: (Int) -> Substring?) {
        var values: [Value] = []
        values.reserveCapacity(parsers.count)
        var problems: [(Int, String)] = []
        for (i, parser) in parsers.enumerated() {
            if let constant = constants[i] { values.append(constant); continue }
            var text = raw(i)
            if !nullValues.isEmpty, let t = text, nullValues.contains(String(t.trimmingSpaces)) { text = nil }
            switch parser.parse(text) {
            case .value(let value):
                if value.isNull, parser.field.required {
                    problems.append((i, "required field '\(parser.field.name)' is missing"))
                }
                values.append(value)
            case .invalid(let message):
                problems.append((i, "field '\(parser.field.name)': \(message)"))
                values.append(.null)
            }
        }
        if let fatal = problems.first(where: { parsers[$0.0].field.required || rejectsInvalid[$0.0] }) {
            rejected.append(RejectedRow(location: location, reason: fatal.1, span: span))
            return
        }
        for (i, message) in problems {
            problemCounts[i] += 1
            if problemExamples[i].count < Self.examplesKept {
                problemExamples[i].append(.warning(message, at: location))
            }
        }
        switch span {
        case .bytes(_, let offset, let length):
            builder.append(values, origin: origin, byteOffset: offset, byteLength: length)
        case .record: builder.append(values, origin: origin)
        }
    }

    mutating func reject(_ row: RejectedRow) {
        rejected.append(row)
    }

    func problems() -> [ValueProblems] {
        parsers.indices
            .filter { problemCounts[$0] > 0 }
            .map { ValueProblems(field: parsers[$0].field.name, count: problemCounts[$0], examples: problemExamples[$0]) }
            .sorted { $0.field < $1.field }
    }
}
