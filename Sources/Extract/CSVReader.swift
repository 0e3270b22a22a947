import BackboneCore

/// Reads a partner's CSV export row by row, streaming, in RFC 4180 form.
///
/// Quoted fields may hold delimiters, line breaks and doubled quotes; lines may end in
/// CRLF, LF or a lone CR; a UTF-8 byte order mark is skipped; blank lines are not rows.
/// The first record is the header. A row that breaks the format is handed to the caller
/// with its location and bytes, and reading goes on with the next row. Every row, well-formed
/// or not, carries its byte range in the input, so a row set aside can be copied exactly
/// as read (`CSVRowCopier`).
public final class CSVReader {
    /// The header's names as written (UTF-8).
    public let header: [String]
    /// Data rows seen so far, well-formed and malformed.
    public private(set) var rowsRead = 0

    private let file: String
    private let scanner: CSVRecordScanner
    private let decoder: CSVFieldDecoder

    /// Reads the header. Throws a `Diagnostic` naming `file` when there is no header (an
    /// empty file, only a byte order mark, only blank lines) or when it is malformed.
    public convenience init(source: ByteSource, file: String, options: CSVOptions = CSVOptions()) throws {
        try self.init(source: source, file: file, options: options, bufferSize: 256 << 10)
    }

    /// `bufferSize` is the initial buffer; tests make it tiny to force refills mid-field.
    init(source: ByteSource, file: String, options: CSVOptions, bufferSize: Int) throws {
        let delimiter = options.delimiter
        guard delimiter < 0x80, delimiter != UInt8(ascii: "\""), delimiter != UInt8(ascii: "\r"),
            delimiter != UInt8(ascii: "\n")
        else {
            throw Diagnostic.error(
                "expected a delimiter that is one ASCII character other than a quote or a line break, "
                    + "found byte 0x\(String(delimiter, radix: 16, uppercase: true))",
                at: SourceLocation(file: file))
        }
        guard options.maxFieldBytes > 0 else {
            throw Diagnostic.error(
                "expected a positive maximum field size, found \(options.maxFieldBytes)", at: SourceLocation(file: file))
        }
        self.file = file
        scanner = CSVRecordScanner(
            source: source, delimiter: delimiter, maxFieldBytes: options.maxFieldBytes,
            maxRecordBytes: max(options.maxFieldBytes, 1 << 20), bufferSize: bufferSize)
        decoder = CSVFieldDecoder(encoding: options.encoding)
        header = try Self.readHeader(scanner: scanner, decoder: decoder, file: file)
        let (limit, overflow) = header.count.multipliedReportingOverflow(by: options.maxFieldBytes + 3)
        scanner.maxRecordBytes = overflow ? Int.max : limit
    }

    /// Calls `row` for each well-formed data row and `malformed` for each row that breaks
    /// the format, in file order; never stops at a malformed row. Throws what the callbacks
    /// throw, or a `Diagnostic` when the file cannot be read.
    public func read(row: (CSVRow) throws -> Void, malformed: (CSVMalformedRow) throws -> Void) throws {
        let expected = header.count
        let checksUTF8 = decoder.encoding == .utf8
        while try scanner.nextRecord() {
            rowsRead += 1
            let clean =
                scanner.problem == nil && !scanner.skipping && scanner.fieldCount == expected
                && !(checksUTF8 && scanner.recordFlags & CSVFieldSpan.nonASCII != 0)
            if !clean, let problem = malformedRow() {
                try malformed(problem)
                continue
            }
            decoder.decode(scanner)
            try row(
                CSVRow(
                    line: scanner.recordLine, count: scanner.fieldCount, byteOffset: scanner.recordByteOffset,
                    byteLength: scanner.recordByteLength, record: scanner.record, scratch: decoder.scratch,
                    spans: scanner.spans))
        }
    }

    /// The current record's earliest problem, if any: a break of the quoting rules, an
    /// over-long field, invalid UTF-8, or a field count other than the header's.
    private func malformedRow() -> CSVMalformedRow? {
        if let oversized = scanner.oversized {
            return CSVMalformedRow(
                location: SourceLocation(file: file, line: oversized.line, column: oversized.column),
                message: oversized.message, raw: oversized.raw, byteOffset: scanner.recordByteOffset,
                byteLength: scanner.recordByteLength)
        }
        var first = scanner.problem
        if let invalid = decoder.firstInvalidUTF8(in: scanner), invalid.offset < first?.offset ?? .max {
            first = invalid
        }
        let expected = header.count
        if scanner.fieldCount != expected {
            let offset = scanner.fieldCount > expected ? scanner.spans[expected].rawStart : scanner.recordLength
            if offset < first?.offset ?? .max {
                first = CSVRecordScanner.Problem(
                    offset: offset,
                    message: "expected \(expected) fields as in the header, found \(scanner.fieldCount)")
            }
        }
        guard let first else { return nil }
        let (line, column) = scanner.position(ofOffset: first.offset)
        return CSVMalformedRow(
            location: SourceLocation(file: file, line: line, column: column), message: first.message,
            raw: scanner.rawRecord, byteOffset: scanner.recordByteOffset, byteLength: scanner.recordByteLength)
    }

    private static func readHeader(scanner: CSVRecordScanner, decoder: CSVFieldDecoder, file: String) throws -> [String] {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasByteOrderMark = try scanner.consumePrefix(byteOrderMark)
        if hasByteOrderMark, decoder.encoding != .utf8 {
            throw Diagnostic.error(
                "expected \(decoder.encoding.rawValue) text as declared, found a UTF-8 byte order mark "
                    + "(declare the encoding as utf-8)",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard try scanner.nextRecord() else {
            let found =
                hasByteOrderMark ? "only a byte order mark" : scanner.line > 1 ? "only blank lines" : "an empty file"
            throw Diagnostic.error("expected a header line, found \(found)", at: SourceLocation(file: file, line: 1))
        }
        var problem = scanner.problem
        if let invalid = decoder.firstInvalidUTF8(in: scanner), invalid.offset < problem?.offset ?? .max {
            problem = invalid
        }
        if let oversized = scanner.oversized {
            throw Diagnostic.error(
                "header is malformed: \(oversized.message)",
                at: SourceLocation(file: file, line: oversized.line, column: oversized.column))
        }
        if let problem {
            let (line, column) = scanner.position(ofOffset: problem.offset)
            throw Diagnostic.error(
                "header is malformed: \(problem.message)", at: SourceLocation(file: file, line: line, column: column))
        }
        decoder.decode(scanner)
        let row = CSVRow(
            line: scanner.recordLine, count: scanner.fieldCount, byteOffset: scanner.recordByteOffset,
            byteLength: scanner.recordByteLength, record: scanner.record, scratch: decoder.scratch, spans: scanner.spans)
        return (0..<row.count).map(row.string)
    }
}
