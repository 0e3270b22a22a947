import BackboneCore

/// Turns the scanner's raw fields into UTF-8 text: checks UTF-8, unescapes `""` in place
/// and transcodes single-byte encodings into a reusable scratch area.
final class CSVFieldDecoder {
    let encoding: TextEncoding
    private(set) var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity: Int

    init(encoding: TextEncoding) {
        self.encoding = encoding
        scratchCapacity = 1024
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit { scratch.deallocate() }

    /// The first ill-formed UTF-8 sequence in the record's fields, for a UTF-8 export.
    func firstInvalidUTF8(in scanner: CSVRecordScanner) -> CSVRecordScanner.Problem? {
        guard encoding == .utf8, scanner.recordFlags & CSVFieldSpan.nonASCII != 0 else { return nil }
        for index in 0..<scanner.fieldCount {
            let span = scanner.spans[index]
            guard span.flags & CSVFieldSpan.nonASCII != 0 else { continue }
            let bytes = UnsafeBufferPointer(start: scanner.record + span.start, count: span.length)
            if let invalid = UTF8Validation.firstInvalidIndex(in: bytes) {
                let byte = String(bytes[invalid], radix: 16, uppercase: true)
                return CSVRecordScanner.Problem(
                    offset: span.start + invalid,
                    message: "expected UTF-8 text, found an invalid byte sequence starting with 0x\(byte) "
                        + "(if the export is Windows-1252 or Latin-1, declare that encoding)")
            }
        }
        return nil
    }

    /// Makes every field of a well-formed record plain UTF-8, updating the scanner's spans.
    func decode(_ scanner: CSVRecordScanner) {
        let flags = scanner.recordFlags
        if flags & CSVFieldSpan.doubledQuotes != 0 {
            unescapeQuotes(scanner)
        }
        if encoding != .utf8, flags & CSVFieldSpan.nonASCII != 0 {
            transcode(scanner)
        }
    }

    private func unescapeQuotes(_ scanner: CSVRecordScanner) {
        let bytes = scanner.record
        for index in 0..<scanner.fieldCount where scanner.spans[index].flags & CSVFieldSpan.doubledQuotes != 0 {
            let span = scanner.spans[index]
            var read = span.start
            var write = span.start
            let end = span.start + span.length
            while read < end {
                let byte = bytes[read]
                bytes[write] = byte
                write += 1
                read += byte == UInt8(ascii: "\"") ? 2 : 1
            }
            scanner.spans[index].length = write - span.start
        }
    }

    private func transcode(_ scanner: CSVRecordScanner) {
        let needed = scanner.recordLength * 3
        if needed > scratchCapacity {
            scratch.deallocate()
            scratchCapacity = max(needed, scratchCapacity * 2)
            scratch = .allocate(capacity: scratchCapacity)
        }
        var written = 0
        for index in 0..<scanner.fieldCount where scanner.spans[index].flags & CSVFieldSpan.nonASCII != 0 {
            let span = scanner.spans[index]
            let bytes = UnsafeBufferPointer(start: scanner.record + span.start, count: span.length)
            let length = Transcoding.transcode(bytes, from: encoding, into: scratch + written)
            scanner.spans[index] = CSVFieldSpan(start: written, length: length, flags: span.flags | CSVFieldSpan.inScratch)
            written += length
        }
    }
}
