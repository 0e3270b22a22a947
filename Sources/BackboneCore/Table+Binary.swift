/// The stage cache's form of a table: each column's arrays copied whole, checked on reading.
extension Table {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(name)
        origins.encode(to: &writer)
        writer.write(columns.count)
        for column in columns { column.encode(to: &writer) }
    }

    public init(from reader: inout BinaryReader) throws {
        let name = try reader.readString()
        let origins = try RowOrigins(from: &reader)
        var columns: [Column] = []
        for _ in 0..<(try reader.readCount()) {
            let column = try Column(from: &reader)
            guard column.count == origins.count else {
                throw BinaryReader.Damaged(description: "column '\(column.name)' has \(column.count) rows, the table \(origins.count)")
            }
            columns.append(column)
        }
        self.init(name: name, columns: columns, origins: origins)
    }
}

extension RowOrigins {
    func encode(to writer: inout BinaryWriter) {
        writer.write(unit == .line)
        writer.write(recordElement)
        writer.write(strings: files)
        writer.write(array: fileIndices)
        writer.write(array: numbers)
        writer.write(array: byteOffsets)
        writer.write(array: byteLengths)
    }

    init(from reader: inout BinaryReader) throws {
        let unit: Unit = try reader.readBool() ? .line : .record
        let recordElement = try reader.readOptionalString()
        let files = try reader.readStrings()
        let fileIndices = try reader.readArray(of: UInt16.self)
        let numbers = try reader.readArray(of: Int32.self)
        let byteOffsets = try reader.readArray(of: Int64.self)
        let byteLengths = try reader.readArray(of: UInt32.self)
        guard fileIndices.count == numbers.count, byteOffsets.count == byteLengths.count,
            byteOffsets.isEmpty || byteOffsets.count == numbers.count, unit == .line || byteOffsets.isEmpty,
            fileIndices.allSatisfy({ Int($0) < files.count })
        else { throw BinaryReader.Damaged(description: "row origins that do not agree") }
        self.init(
            unit: unit, recordElement: recordElement, files: files, fileIndices: fileIndices, numbers: numbers,
            byteOffsets: byteOffsets, byteLengths: byteLengths)
    }
}

extension Column {
    func encode(to writer: inout BinaryWriter) {
        writer.write(name)
        type.encode(to: &writer)
        switch storage {
        case .strings(let codes, let dictionary):
            writer.write(UInt8(0))
            writer.write(array: codes)
            writer.write(strings: dictionary)
        case .integers(let values, let valid):
            writer.write(UInt8(1))
            writer.write(array: values)
            writer.write(array: valid)
        case .decimals(let values, let valid):
            writer.write(UInt8(2))
            writer.write(array: values)
            writer.write(array: valid)
        case .dates(let values, let valid):
            writer.write(UInt8(3))
            writer.write(array: values)
            writer.write(array: valid)
        case .booleans(let values, let valid):
            writer.write(UInt8(4))
            writer.write(array: values)
            writer.write(array: valid)
        }
    }

    init(from reader: inout BinaryReader) throws {
        let name = try reader.readString()
        let type = try FieldType(from: &reader)
        let storage: Storage
        switch try reader.read(UInt8.self) {
        case 0:
            let codes = try reader.readArray(of: Int32.self)
            let dictionary = try reader.readStrings()
            guard codes.allSatisfy({ $0 >= -1 && Int($0) < dictionary.count }) else {
                throw BinaryReader.Damaged(description: "a string code outside the dictionary of column '\(name)'")
            }
            storage = .strings(codes: codes, dictionary: dictionary)
        case 1: storage = .integers(try reader.readArray(of: Int64.self), valid: try reader.readBools())
        case 2: storage = .decimals(try reader.readArray(of: Double.self), valid: try reader.readBools())
        case 3: storage = .dates(try reader.readArray(of: Int32.self), valid: try reader.readBools())
        case 4: storage = .booleans(try reader.readBools(), valid: try reader.readBools())
        default: throw BinaryReader.Damaged(description: "an unknown storage for column '\(name)'")
        }
        let column = Column(name: name, type: type, storage: storage)
        if case .strings = storage {} else {
            guard column.validCount == column.count else {
                throw BinaryReader.Damaged(description: "values and validity of unequal length in column '\(name)'")
            }
        }
        self = column
    }

    private var validCount: Int {
        switch storage {
        case .strings(let codes, _): return codes.count
        case .integers(_, let valid), .decimals(_, let valid), .dates(_, let valid), .booleans(_, let valid): return valid.count
        }
    }
}

extension FieldType {
    func encode(to writer: inout BinaryWriter) {
        switch self {
        case .string: writer.write(UInt8(0))
        case .integer: writer.write(UInt8(1))
        case .decimal: writer.write(UInt8(2))
        case .date: writer.write(UInt8(3))
        case .boolean: writer.write(UInt8(4))
        case .grade: writer.write(UInt8(5))
        case .schoolYear: writer.write(UInt8(6))
        case .code(let list):
            writer.write(UInt8(7))
            writer.write(list.name)
            writer.write(strings: list.codes)
            writer.write(strings: list.labels)
        }
    }

    init(from reader: inout BinaryReader) throws {
        switch try reader.read(UInt8.self) {
        case 0: self = .string
        case 1: self = .integer
        case 2: self = .decimal
        case 3: self = .date
        case 4: self = .boolean
        case 5: self = .grade
        case 6: self = .schoolYear
        case 7:
            let name = try reader.readString()
            let codes = try reader.readStrings()
            let labels = try reader.readStrings()
            guard codes.count == labels.count else { throw BinaryReader.Damaged(description: "a code list without a label per code") }
            self = .code(CodeList(name: name, Array(zip(codes, labels))))
        default: throw BinaryReader.Damaged(description: "an unknown field type")
        }
    }
}

extension SourceLocation {
    /// `fileNumber` stands for the file (an index into a list the caller keeps), so a cached
    /// location can name the file as the current run does.
    public func encode(to writer: inout BinaryWriter, fileNumber: Int?) {
        writer.write(fileNumber)
        if fileNumber == nil { writer.write(file) }
        writer.write(line)
        writer.write(column)
        writer.write(record)
        writer.write(path)
    }

    /// `files` names the file of a location written with a file number.
    public init(from reader: inout BinaryReader, files: [String]) throws {
        let file: String
        if let number = try reader.readOptionalInt() {
            guard files.indices.contains(number) else { throw BinaryReader.Damaged(description: "a location in an unknown file") }
            file = files[number]
        } else {
            file = try reader.readString()
        }
        self.init(
            file: file, line: try reader.readOptionalInt(), column: try reader.readOptionalInt(),
            record: try reader.readOptionalInt(), path: try reader.readOptionalString())
    }
}
