/// Appends typed rows to a table under construction, one column builder per field.
public struct TableBuilder: Sendable {
    private var builders: [ColumnBuilder]
    private var origins: RowOrigins
    public let name: String
    public let fields: [(name: String, type: FieldType)]

    public init(name: String, fields: [(name: String, type: FieldType)], origins: RowOrigins) {
        self.name = name
        self.origins = origins
        self.fields = fields
        self.builders = fields.map { ColumnBuilder(type: $0.type) }
    }

    public var rowCount: Int { origins.count }

    /// Rows appended from now on were read from `file`.
    public mutating func beginFile(_ file: String) {
        origins.beginFile(file)
    }

    /// Appends one row; `values` are in the order of `fields`, already of the field's type.
    public mutating func append(_ values: [Value], origin: Int) {
        appendValues(values)
        origins.append(origin)
    }

    /// Appends one row read from bytes `byteOffset ..< byteOffset + byteLength` of the current
    /// file (a CSV row), so it can be copied exactly as read if it is set aside later.
    public mutating func append(_ values: [Value], origin: Int, byteOffset: Int, byteLength: Int) {
        appendValues(values)
        origins.append(origin, byteOffset: byteOffset, byteLength: byteLength)
    }

    /// Appends one row of cells in the order of `fields`; `string(column, id)` gives the text
    /// of a string column's id the first time the column meets that id. A table is built
    /// from cells or from values, not both.
    public mutating func append(
        _ cells: UnsafeBufferPointer<TableCell>, origin: Int, byteOffset: Int, byteLength: Int,
        string: (_ column: Int, _ id: Int) -> String
    ) {
        appendCells(cells, string: string)
        origins.append(origin, byteOffset: byteOffset, byteLength: byteLength)
    }

    /// Appends one row of cells read from a record (an XML record), as above.
    public mutating func append(
        _ cells: UnsafeBufferPointer<TableCell>, origin: Int, string: (_ column: Int, _ id: Int) -> String
    ) {
        appendCells(cells, string: string)
        origins.append(origin)
    }

    private mutating func appendCells(_ cells: UnsafeBufferPointer<TableCell>, string: (Int, Int) -> String) {
        precondition(cells.count == builders.count, "row width \(cells.count) ≠ \(builders.count) in \(name)")
        builders.withUnsafeMutableBufferPointer { builders in
            for i in builders.indices { builders[i].append(cells[i]) { id in string(i, id) } }
        }
    }

    private mutating func appendValues(_ values: [Value]) {
        precondition(values.count == builders.count, "row width \(values.count) ≠ \(builders.count) in \(name)")
        for i in builders.indices { builders[i].append(values[i]) }
    }

    public func build() -> Table {
        Table(
            name: name,
            columns: zip(fields, builders).map { field, builder in
                Column(name: field.name, type: field.type, storage: builder.storage)
            },
            origins: origins)
    }
}

/// Grows one column; strings are interned as they arrive.
struct ColumnBuilder: Sendable {
    private var codes: [Int32] = []
    private var dictionary: [String] = []
    private var lookup: [String: Int32] = [:]
    /// Cells: the code of each caller id seen so far, -1 for ids not yet met.
    private var codeOfID: [Int32] = []
    private var integers: [Int64] = []
    private var decimals: [Double] = []
    private var booleans: [Bool] = []
    private var valid: [Bool] = []
    let type: FieldType
    /// How cells are stored, decided once: switching on `type` per cell would copy its code list.
    private let kind: Kind

    private enum Kind {
        case strings, integers, decimals, booleans
    }

    init(type: FieldType) {
        self.type = type
        switch type {
        case .string, .code: kind = .strings
        case .integer, .grade, .schoolYear, .date: kind = .integers
        case .decimal: kind = .decimals
        case .boolean: kind = .booleans
        }
    }

    mutating func append(_ value: Value) {
        switch type {
        case .string, .code:
            guard case .string(let s) = value else { codes.append(-1); return }
            if let code = lookup[s] { codes.append(code); return }
            let code = Int32(dictionary.count)
            dictionary.append(s)
            lookup[s] = code
            codes.append(code)
        case .integer, .grade, .schoolYear:
            if case .integer(let i) = value { integers.append(i); valid.append(true) }
            else { integers.append(0); valid.append(false) }
        case .decimal:
            switch value {
            case .decimal(let d): decimals.append(d); valid.append(true)
            case .integer(let i): decimals.append(Double(i)); valid.append(true)
            default: decimals.append(0); valid.append(false)
            }
        case .date:
            if case .date(let d) = value { integers.append(Int64(d)); valid.append(true) }
            else { integers.append(0); valid.append(false) }
        case .boolean:
            if case .boolean(let b) = value { booleans.append(b); valid.append(true) }
            else { booleans.append(false); valid.append(false) }
        }
    }

    mutating func append(_ cell: TableCell, string: (Int) -> String) {
        switch kind {
        case .strings:
            if cell.isNull { codes.append(-1); return }
            let id = Int(cell.bits)
            if id < codeOfID.count, codeOfID[id] >= 0 { codes.append(codeOfID[id]); return }
            if id >= codeOfID.count { codeOfID.append(contentsOf: repeatElement(-1, count: id + 1 - codeOfID.count)) }
            let code = Int32(dictionary.count)
            dictionary.append(string(id))
            codeOfID[id] = code
            codes.append(code)
        case .integers:
            integers.append(cell.isNull ? 0 : cell.bits)
            valid.append(!cell.isNull)
        case .decimals:
            decimals.append(cell.isNull ? 0 : Double(bitPattern: UInt64(bitPattern: cell.bits)))
            valid.append(!cell.isNull)
        case .booleans:
            booleans.append(!cell.isNull && cell.bits != 0)
            valid.append(!cell.isNull)
        }
    }

    var storage: Column.Storage {
        switch type {
        case .string, .code: return .strings(codes: codes, dictionary: dictionary)
        case .integer, .grade, .schoolYear: return .integers(integers, valid: valid)
        case .decimal: return .decimals(decimals, valid: valid)
        case .date: return .dates(integers.map { Int32($0) }, valid: valid)
        case .boolean: return .booleans(booleans, valid: valid)
        }
    }
}
