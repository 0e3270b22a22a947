import BackboneCore
import Glibc

/// Turns one field's raw bytes into table cells, parsing each distinct value once.
///
/// Export columns repeat their values (codes, grades, school years, dates, the same student's
/// id on every row), so the first occurrence of a value is parsed by `FieldParser` and its
/// outcome remembered under its bytes; every later occurrence is a hash lookup. A string
/// field's remembered outcome is the id of its (mapped) text, so two spellings that map to
/// one code share one id.
struct CellParser {
    /// A cell and, when the value could not be read, the index of its message (else -1).
    struct Parsed {
        var cell: TableCell
        var message: Int32
    }

    let parser: FieldParser
    /// The mapping's constant, parsed once; nil for a field read from the file.
    private(set) var constant: Parsed?
    private let nullValues: Set<String>
    /// Non-string fields stop remembering past this many distinct values (parsing the rest
    /// each time), so a column of unique numbers does not grow the table without bound.
    private let memoLimit = 1 << 17
    private var memo = ByteStringTable()
    private var outcomes: [Parsed] = []
    /// String fields: the texts, by id.
    private(set) var strings: [String] = []
    private var stringIDs: [String: Int] = [:]
    /// The messages of values that could not be read, by index.
    private(set) var messages: [String] = []
    private let isString: Bool
    /// Each distinct raw value of a plain string field is its own text, with the id the
    /// value has in `memo`: no second lookup.
    private let rawIsText: Bool
    /// The previous row's value and outcome: sorted and grouped exports repeat a value on
    /// consecutive rows, recognised here without hashing.
    private var previousKey: [UInt8] = []
    private var previous = Parsed(cell: .null, message: -1)

    init(parser: FieldParser, mapping: FieldMapping, nullValues: Set<String>) throws {
        self.parser = parser
        self.nullValues = nullValues
        switch parser.field.type {
        case .string: isString = true
        case .code: isString = true
        default: isString = false
        }
        rawIsText = parser.field.type == .string && mapping.codes.isEmpty && nullValues.isEmpty
        if case .constant(let text) = mapping.origin {
            switch parser.parse(Substring(text)) {
            case .value(let value): constant = Parsed(cell: cell(of: value), message: -1)
            case .invalid(let message): throw Diagnostic.error(message, at: mapping.location)
            }
        }
    }

    /// The cell for `raw` (nil when the field has no value in this row).
    mutating func parse(_ raw: UnsafeBufferPointer<UInt8>?) -> Parsed {
        if let constant { return constant }
        guard let raw else { return Parsed(cell: .null, message: -1) }
        let key = Self.trimmed(raw)
        if key.isEmpty { return Parsed(cell: .null, message: -1) }
        if key.count == previousKey.count,
            previousKey.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 })
        {
            return previous
        }
        previousKey.removeAll(keepingCapacity: true)
        previousKey.append(contentsOf: key)
        previous = remembered(key)
        return previous
    }

    /// Looks `key` up and adds it in one probe while the table may grow; past `memoLimit` a
    /// non-string field only looks up, and parses what it does not find.
    private mutating func remembered(_ key: UnsafeBufferPointer<UInt8>) -> Parsed {
        guard isString || memo.count < memoLimit else {
            if let id = memo.id(of: key) { return outcomes[id] }
            return parseNew(String(decoding: key, as: UTF8.self))
        }
        let (id, isNew) = memo.id(adding: key)
        if !isNew { return rawIsText ? Parsed(cell: TableCell(bits: Int64(id)), message: -1) : outcomes[id] }
        let outcome = parseNew(String(decoding: key, as: UTF8.self))
        if !rawIsText { outcomes.append(outcome) }
        return outcome
    }

    private mutating func parseNew(_ text: String) -> Parsed {
        if !nullValues.isEmpty, nullValues.contains(text) { return Parsed(cell: .null, message: -1) }
        if rawIsText { return Parsed(cell: cell(of: .string(text)), message: -1) }
        switch parser.parse(Substring(text)) {
        case .value(let value): return Parsed(cell: cell(of: value), message: -1)
        case .invalid(let message):
            messages.append(message)
            return Parsed(cell: .null, message: Int32(messages.count - 1))
        }
    }

    private mutating func cell(of value: Value) -> TableCell {
        guard case .string(let text) = value else { return TableCell(value) }
        if rawIsText {
            strings.append(text)
            return TableCell(bits: Int64(strings.count - 1))
        }
        if let id = stringIDs[text] { return TableCell(bits: Int64(id)) }
        strings.append(text)
        stringIDs[text] = strings.count - 1
        return TableCell(bits: Int64(strings.count - 1))
    }

    /// Without leading and trailing spaces, tabs and line breaks, as `trimmingSpaces`.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
