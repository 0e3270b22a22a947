import BackboneCore

/// Where an XML document's root and chosen records are in its bytes.
public struct XMLRecordLayout: Sendable, Equatable {
    /// Bytes `0 ..< prologLength` open the document: XML declaration, comments, and the root
    /// element's start tag with its namespace declarations. When the root is itself the
    /// record, the prolog stops before it.
    public var prologLength: Int
    /// The root element's name as written (prefix included), to close it; nil when the root is
    /// itself the record.
    public var rootName: [UInt8]?
    /// The records' byte ranges, start tag through end tag, in the order of the numbers asked for.
    public var records: [Range<Int>]
}

/// Finds XML records again by their numbers, in the bytes of a document read before, so the
/// private quarantine can copy them exactly as written.
///
/// libxml2 hands out no raw byte positions for a document it transcodes (one declared in
/// Windows-1252, say), so this is a light scan of the markup on the raw bytes: tags, quoted
/// attribute values, comments, processing instructions and CDATA sections. A record is an
/// element whose local name is the record element, not nested in another record, numbered
/// in document order as `XMLRecordReader` numbers them. The document was read well-formed
/// and without a DOCTYPE; its encoding is one where markup is ASCII (UTF-8, Windows-1252,
/// Latin-1), not UTF-16.
public enum XMLRecordLocator {
    private static let less = UInt8(ascii: "<")
    private static let greater = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/")
    private static let colon = UInt8(ascii: ":")

    /// - Parameter numbers: 1-based record numbers, ascending.
    /// Throws a `Diagnostic` when the document no longer holds those records.
    public static func locate(
        records numbers: [Int], recordElement: String, in source: ByteSource, file: String
    ) throws -> XMLRecordLayout {
        let reader = ByteRangeReader(source: source, file: file)
        let recordName = Array(recordElement.utf8)
        var layout = XMLRecordLayout(prologLength: 0, rootName: nil, records: [])
        var rootSeen = false
        var depth = 0
        var recordDepth = 0
        var recordStart = 0
        var recordsSeen = 0
        var name: [UInt8] = []
        func endRecord(at end: Int) {
            recordDepth = 0
            if layout.records.count < numbers.count, numbers[layout.records.count] == recordsSeen {
                layout.records.append(recordStart..<end)
            }
        }
        while layout.records.count < numbers.count, let byte = try reader.next() {
            guard byte == less else { continue }
            let tagStart = reader.position - 1
            switch try reader.peek() {
            case UInt8(ascii: "?"):
                try skip(past: "?>", in: reader)
            case UInt8(ascii: "!"):
                _ = try reader.next()
                switch try reader.peek() {
                case UInt8(ascii: "-"):
                    _ = try reader.next()
                    _ = try reader.next()
                    try skip(past: "-->", in: reader)
                case UInt8(ascii: "["): try skip(past: "]]>", in: reader)
                default: try skip(past: ">", in: reader)
                }
            case slash:
                try skip(past: ">", in: reader)
                depth -= 1
                if recordDepth > 0, depth < recordDepth { endRecord(at: reader.position) }
            case nil:
                break
            default:
                name.removeAll(keepingCapacity: true)
                while let next = try reader.peek(), !endsName(next) {
                    name.append(next)
                    _ = try reader.next()
                }
                let empty = try skipAttributes(in: reader)
                depth += 1
                let local = name.lastIndex(of: colon).map { name[(name.index(after: $0))...] } ?? name[...]
                let isRecord = recordDepth == 0 && local.elementsEqual(recordName)
                if !rootSeen {
                    rootSeen = true
                    layout.prologLength = isRecord ? tagStart : reader.position
                    layout.rootName = isRecord ? nil : name
                }
                if isRecord {
                    recordsSeen += 1
                    recordStart = tagStart
                    recordDepth = depth
                }
                if empty {
                    depth -= 1
                    if recordDepth > 0, depth < recordDepth { endRecord(at: reader.position) }
                }
            }
        }
        guard layout.records.count == numbers.count else {
            throw Diagnostic.error(
                "expected record \(numbers[layout.records.count]) of <\(recordElement)> as when the file was read, "
                    + "found \(recordsSeen) records: the file changed since",
                at: SourceLocation(file: file))
        }
        return layout
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == greater || byte == slash || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Reads the rest of a start tag through its `>`; true for an empty-element tag (`/>`).
    private static func skipAttributes(in reader: ByteRangeReader) throws -> Bool {
        var previous: UInt8 = 0
        while let byte = try reader.next() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                while let inside = try reader.next(), inside != byte {}
            case greater:
                return previous == slash
            default:
                break
            }
            previous = byte
        }
        return false
    }

    /// Reads through the next occurrence of `terminator` (at most 4 ASCII bytes).
    private static func skip(past terminator: StaticString, in reader: ByteRangeReader) throws {
        let count = terminator.utf8CodeUnitCount
        var pattern: UInt32 = 0
        for index in 0..<count { pattern = pattern << 8 | UInt32(terminator.utf8Start[index]) }
        let mask: UInt32 = count == 4 ? .max : (1 << (8 * UInt32(count))) - 1
        var window: UInt32 = 0
        while let byte = try reader.next() {
            window = window << 8 | UInt32(byte)
            if window & mask == pattern { return }
        }
    }
}
