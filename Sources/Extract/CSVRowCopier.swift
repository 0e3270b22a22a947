/// Copies rows of a CSV file exactly as they were first read (original encoding, quotes and
/// line breaks as written), by the byte ranges extract recorded, so the private quarantine
/// can hold a file a data manager fixes and resends as is.
///
/// Reads the file again from its start, streaming: the header line first, then the rows in
/// ascending order of their offsets.
public final class CSVRowCopier {
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private let reader: ByteRangeReader

    /// `source` is the file opened again (`openByteSource`); `file` names it in diagnostics.
    public init(source: ByteSource, file: String) {
        reader = ByteRangeReader(source: source, file: file)
    }

    /// The file's first bytes through the header line's break: the byte order mark and blank
    /// lines before the header if any, the header as written, and its CR, LF or CRLF. Read it
    /// before any row. The header is well-formed (extract refuses a file whose header is
    /// not), so its end is the first line break outside quotes.
    public func readHeader() throws -> [UInt8] {
        precondition(reader.position == 0, "the header is read first")
        var header: [UInt8] = []
        var inQuotes = false
        var inRecord = false
        while let byte = try reader.next() {
            header.append(byte)
            if byte == Self.quote {
                inQuotes.toggle()
                inRecord = true
            } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                guard inRecord, !inQuotes else { continue }
                if byte == Self.carriageReturn, try reader.peek() == Self.lineFeed {
                    header.append(Self.lineFeed)
                    _ = try reader.next()
                }
                return header
            } else if header.count > Self.byteOrderMark.count || byte != Self.byteOrderMark[header.count - 1] {
                inRecord = true
            }
        }
        return header
    }

    /// Copies the row at bytes `offset ..< offset + length` (as `CSVRow` and `CSVMalformedRow`
    /// give them) and the CR, LF or CRLF that ends it to `sink`. Returns false when the row
    /// ends the file without a line break. Throws a `Diagnostic` when the file is shorter
    /// than the row's place in it.
    public func copyRow(offset: Int, length: Int, to sink: ByteSink) throws -> Bool {
        try reader.copy(offset: offset, length: length, to: sink)
        guard let first = try reader.peek(), first == Self.carriageReturn || first == Self.lineFeed else { return false }
        _ = try reader.next()
        if first == Self.carriageReturn, try reader.peek() == Self.lineFeed {
            _ = try reader.next()
            try sink.write([Self.carriageReturn, Self.lineFeed])
        } else {
            try sink.write([first])
        }
        return true
    }
}
