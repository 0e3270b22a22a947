import BackboneCore

/// Splits a byte stream into CSV records and their fields (RFC 4180), without copying.
///
/// The record being scanned stays whole and contiguous in one buffer: when the buffer runs
/// out mid-record, the partial record moves to the front (growing the buffer only for a
/// record longer than it) and more bytes are read behind it. Fields are offsets into the
/// record. A field longer than `maxFieldBytes`, or a record longer than `maxRecordBytes`,
/// is not kept: the scanner remembers where it went wrong and the bytes so far, then skips
/// to the record's end, so one unclosed quote cannot pull the rest of a file into memory.
/// Delimiters, quotes and line breaks are ASCII in every supported encoding, so scanning
/// works on the raw bytes; decoding is left to `CSVFieldDecoder`.
final class CSVRecordScanner {
    /// A break of the format inside the current record, at a byte offset from its start.
    struct Problem {
        var offset: Int
        var message: String
    }

    /// A record that outgrew the limits: its first problem, already located, and its
    /// bytes up to the point where scanning stopped keeping them.
    struct Oversized {
        var line: Int
        var column: Int
        var message: String
        var raw: [UInt8]
    }

    private enum State {
        case betweenRecords, fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Byte classes in `classes`: the first 256 entries apply outside quotes, the next 256
    /// inside them. Ordinary bytes are 0 so the inner loops test one value.
    private enum ByteClass {
        static let ordinary: UInt8 = 0
        static let delimiter: UInt8 = 1
        static let quote: UInt8 = 2
        static let carriageReturn: UInt8 = 3
        static let lineFeed: UInt8 = 4
        static let nonASCII: UInt8 = 5
    }

    private static let quoteByte = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private let source: ByteSource
    private let delimiter: UInt8
    private let maxFieldBytes: Int
    /// Changes once the header is read (a data row's limit follows from the header's width).
    var maxRecordBytes: Int
    private let classes: UnsafeMutablePointer<UInt8>
    private let finder: CSVByteFinder
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var end = 0
    private var scan = 0
    private var sourceEnded = false
    private var pendingLineFeed = false
    /// Where `buffer[0]` is in the input stream: bytes dropped from the buffer's front so far.
    private var bufferOrigin = 0

    /// Where the current record starts in `buffer`.
    private var recordStart = 0
    private var fieldStart = 0
    private var fieldFlags: UInt8 = 0
    private var spanCapacity: Int

    /// The current record's fields.
    private(set) var spans: UnsafeMutablePointer<CSVFieldSpan>
    private(set) var fieldCount = 0
    /// Every field's flags or-ed together.
    private(set) var recordFlags: UInt8 = 0
    /// The current record's length, line break excluded.
    private(set) var recordLength = 0
    /// Where the current record's first byte is in the input stream (0 is the stream's first
    /// byte, before any byte order mark).
    private(set) var recordByteOffset = 0
    /// How many bytes of the input stream the current record spans, line break excluded;
    /// unlike `recordLength`, counts the bytes of an oversized record that were not kept.
    private(set) var recordByteLength = 0
    /// The 1-based line where the current record starts.
    private(set) var recordLine = 1
    /// The 1-based line the scan has reached.
    private(set) var line = 1
    /// The earliest break of the format in the current record.
    private(set) var problem: Problem?
    /// Set when the current record was too long to keep.
    private(set) var oversized: Oversized? {
        didSet { skipping = oversized != nil }
    }
    /// Whether the current record is being skipped (kept apart from `oversized` for speed).
    private(set) var skipping = false

    init(source: ByteSource, delimiter: UInt8, maxFieldBytes: Int, maxRecordBytes: Int, bufferSize: Int) {
        self.source = source
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        capacity = max(bufferSize, 4)
        buffer = .allocate(capacity: capacity)
        spanCapacity = 64
        spans = .allocate(capacity: spanCapacity)
        finder = CSVByteFinder(delimiter: delimiter)
        classes = .allocate(capacity: 512)
        classes.initialize(repeating: ByteClass.ordinary, count: 512)
        for table in [classes, classes + 256] {
            table[Int(Self.quoteByte)] = ByteClass.quote
            table[Int(Self.carriageReturn)] = ByteClass.carriageReturn
            table[Int(Self.lineFeed)] = ByteClass.lineFeed
            for byte in 0x80...0xFF { table[byte] = ByteClass.nonASCII }
        }
        classes[Int(delimiter)] = ByteClass.delimiter
    }

    deinit {
        buffer.deallocate()
        spans.deallocate()
        classes.deallocate()
    }

    /// The current record's bytes; valid until the next call to `nextRecord`.
    var record: UnsafeMutablePointer<UInt8> { buffer + recordStart }

    /// Skips `prefix` (a byte order mark) if the stream starts with it.
    func consumePrefix(_ prefix: [UInt8]) throws -> Bool {
        precondition(scan == 0 && prefix.count <= capacity)
        while end < prefix.count, !sourceEnded {
            let count = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
            if count == 0 { sourceEnded = true }
            end += count
        }
        guard end >= prefix.count, prefix.indices.allSatisfy({ buffer[$0] == prefix[$0] }) else { return false }
        scan = prefix.count
        return true
    }

    /// Scans the next record, skipping blank lines; false at the end of the input.
    func nextRecord() throws -> Bool {
        fieldCount = 0
        recordFlags = 0
        problem = nil
        oversized = nil
        var state = State.betweenRecords
        var base = buffer
        var limit = end
        var p = scan
        while true {
            if p == limit {
                scan = p
                guard try refill(state) else { return finishAtEndOfInput(state) }
                base = buffer
                limit = end
                p = scan
            }
            switch state {
            case .betweenRecords:
                let byte = base[p]
                if pendingLineFeed {
                    pendingLineFeed = false
                    if byte == Self.lineFeed {
                        p += 1
                        continue
                    }
                }
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    line += 1
                    pendingLineFeed = byte == Self.carriageReturn
                    p += 1
                    continue
                }
                recordStart = p
                recordByteOffset = bufferOrigin + p
                recordLine = line
                state = .fieldStart

            case .fieldStart:
                fieldStart = p - recordStart
                if base[p] == Self.quoteByte {
                    fieldFlags = CSVFieldSpan.quoted
                    state = .quoted
                    p += 1
                } else {
                    fieldFlags = 0
                    state = .unquoted
                }

            case .unquoted:
                let table = classes
                fields: while true {
                    // Whole words first: each marked byte of a word in turn, delimiters and
                    // non-ASCII bytes handled here; anything else goes to the switch below.
                    var special = -1
                    while special < 0, p + 8 <= limit {
                        var marks = finder.unquotedMarks(at: base + p)
                        while marks != 0 {
                            let index = p + marks.trailingZeroBitCount >> 3
                            let byte = base[index]
                            if byte == delimiter {
                                endField(at: index, closingQuote: false)
                                // Most fields are unquoted and followed by another: stay here.
                                guard index + 1 < limit, base[index + 1] != Self.quoteByte else {
                                    p = index + 1
                                    state = .fieldStart
                                    break fields
                                }
                                fieldStart = index + 1 - recordStart
                                fieldFlags = 0
                            } else if byte >= 0x80 {
                                fieldFlags |= CSVFieldSpan.nonASCII
                            } else if table[Int(byte)] != ByteClass.ordinary {  // ordinary: a false mark
                                special = index
                                break
                            }
                            marks &= marks &- 1
                        }
                        p = special < 0 ? p + 8 : special
                    }
                    // Then the last few bytes one at a time.
                    while p < limit, table[Int(base[p])] == ByteClass.ordinary { p += 1 }
                    if p == limit { break fields }
                    switch table[Int(base[p])] {
                    case ByteClass.delimiter:
                        endField(at: p, closingQuote: false)
                        p += 1
                        guard p < limit, base[p] != Self.quoteByte else {
                            state = .fieldStart
                            break fields
                        }
                        fieldStart = p - recordStart
                        fieldFlags = 0
                    case ByteClass.nonASCII:
                        fieldFlags |= CSVFieldSpan.nonASCII
                        p += 1
                    case ByteClass.quote:
                        note(
                            p - recordStart,
                            "expected no quote inside an unquoted field, found a quote "
                                + "(enclose the whole field in quotes and double the quotes inside it)")
                        p += 1
                    default:
                        endField(at: p, closingQuote: false)
                        endRecord(at: p)
                        return true
                    }
                }

            case .quoted:
                let table = classes + 256
                p = finder.skipQuoted(base, from: p, to: limit)
                while p < limit, table[Int(base[p])] == ByteClass.ordinary { p += 1 }
                if p == limit { continue }
                switch table[Int(base[p])] {
                case ByteClass.quote:
                    state = .quoteInQuoted
                case ByteClass.nonASCII:
                    fieldFlags |= CSVFieldSpan.nonASCII
                case ByteClass.carriageReturn:
                    line += 1
                default:  // a line feed, the second half of CRLF when a carriage return precedes it
                    if p == 0 || base[p - 1] != Self.carriageReturn { line += 1 }
                }
                p += 1

            case .quoteInQuoted:
                let byte = base[p]
                if byte == Self.quoteByte {
                    fieldFlags |= CSVFieldSpan.doubledQuotes
                    state = .quoted
                    p += 1
                } else if classes[Int(byte)] == ByteClass.delimiter {
                    endField(at: p, closingQuote: true)
                    state = .fieldStart
                    p += 1
                } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                    endField(at: p, closingQuote: true)
                    endRecord(at: p)
                    return true
                } else {
                    note(
                        p - recordStart,
                        "expected a delimiter or the end of the line after a closing quote, found more characters "
                            + "(double a quote that is part of the text)")
                    state = .unquoted
                }
            }
        }
    }

    /// The 1-based line and byte column of an offset in the current record.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let bytes = record
        var line = recordLine
        var lineStart = 0
        for index in 0..<offset {
            let byte = bytes[index]
            if byte == Self.carriageReturn || byte == Self.lineFeed {
                let secondHalfOfCRLF = byte == Self.lineFeed && index > 0 && bytes[index - 1] == Self.carriageReturn
                if !secondHalfOfCRLF { line += 1 }
                lineStart = index + 1
            }
        }
        return (line, offset - lineStart + 1)
    }

    /// The current record's bytes as written.
    var rawRecord: [UInt8] {
        Array(UnsafeBufferPointer(start: record, count: recordLength))
    }

    /// Records a problem unless an earlier one in the record is already known.
    private func note(_ offset: Int, _ message: String) {
        guard !skipping else { return }
        if let problem, problem.offset <= offset { return }
        problem = Problem(offset: offset, message: message)
    }

    @inline(__always)
    private func endField(at position: Int, closingQuote: Bool) {
        guard !skipping else { return }
        let quoted = fieldFlags & CSVFieldSpan.quoted != 0
        let start = fieldStart + (quoted ? 1 : 0)
        let length = position - recordStart - start - (closingQuote ? 1 : 0)
        if _slowPath(length > maxFieldBytes) {
            note(fieldStart, "expected a field of at most \(maxFieldBytes) bytes, found \(length) bytes")
        }
        if _slowPath(fieldCount == spanCapacity) {
            let grown = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: spanCapacity * 2)
            grown.moveInitialize(from: spans, count: fieldCount)
            spans.deallocate()
            spans = grown
            spanCapacity *= 2
        }
        (spans + fieldCount).initialize(to: CSVFieldSpan(start: start, length: length, flags: fieldFlags))
        fieldCount += 1
        recordFlags |= fieldFlags
    }

    /// Ends the record at a line break and steps past it.
    private func endRecord(at position: Int) {
        recordLength = position - recordStart
        recordByteLength = bufferOrigin + position - recordByteOffset
        line += 1
        pendingLineFeed = buffer[position] == Self.carriageReturn
        scan = position + 1
    }

    private func finishAtEndOfInput(_ state: State) -> Bool {
        switch state {
        case .betweenRecords:
            return false
        case .fieldStart:  // after a trailing delimiter: one more, empty field
            fieldStart = end - recordStart
            fieldFlags = 0
            endField(at: end, closingQuote: false)
        case .unquoted:
            endField(at: end, closingQuote: false)
        case .quoteInQuoted:
            endField(at: end, closingQuote: true)
        case .quoted:
            note(fieldStart, "expected a closing quote for the field opened here, found the end of the file")
            endField(at: end, closingQuote: false)
        }
        recordLength = end - recordStart
        recordByteLength = bufferOrigin + end - recordByteOffset
        scan = end
        return true
    }

    /// Makes room behind the bytes still needed and reads more; false at the end of input.
    private func refill(_ state: State) throws -> Bool {
        guard !sourceEnded else { return false }
        if state == .betweenRecords {
            bufferOrigin += end
            end = 0
        } else if oversized != nil {
            keepOnlyLastByte()
        } else {
            checkLimits(state)
            if oversized == nil {
                compactRecord()
            }
        }
        scan = end
        let count = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
        guard count > 0 else {
            sourceEnded = true
            return false
        }
        end += count
        return true
    }

    /// Gives up keeping a record that already breaks a limit.
    private func checkLimits(_ state: State) {
        let fieldSoFar: Int
        switch state {
        case .unquoted: fieldSoFar = end - recordStart - fieldStart
        case .quoted: fieldSoFar = end - recordStart - fieldStart - 1
        case .quoteInQuoted: fieldSoFar = end - recordStart - fieldStart - 2
        case .betweenRecords, .fieldStart: fieldSoFar = 0
        }
        if fieldSoFar > maxFieldBytes {
            note(fieldStart, "expected a field of at most \(maxFieldBytes) bytes, found a longer one")
        } else if end - recordStart > maxRecordBytes {
            note(maxRecordBytes, "expected a row of at most \(maxRecordBytes) bytes, found a longer one")
        } else {
            return
        }
        guard let problem else { return }
        recordLength = end - recordStart
        let (line, column) = position(ofOffset: problem.offset)
        oversized = Oversized(line: line, column: column, message: problem.message, raw: rawRecord)
        keepOnlyLastByte()
    }

    /// While skipping an oversized record, only the last byte matters (a CR before an LF).
    private func keepOnlyLastByte() {
        buffer[0] = buffer[end - 1]
        bufferOrigin += end - 1
        recordStart = 0
        end = 1
    }

    private func compactRecord() {
        let kept = end - recordStart
        if recordStart > 0 {
            UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + recordStart, byteCount: kept)
            bufferOrigin += recordStart
            recordStart = 0
            end = kept
        }
        if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
    }
}
