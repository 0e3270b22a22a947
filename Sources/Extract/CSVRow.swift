/// A well-formed data row: a view into the reader's buffer, valid only during the callback
/// that receives it (copy what must outlive it). Field bytes are UTF-8, quotes removed.
public struct CSVRow {
    /// The 1-based line where the row starts.
    public let line: Int
    /// The number of fields, always the header's.
    public let count: Int
    /// Where the row's first byte is in the input stream (decompressed, 0 before any byte
    /// order mark), so the row can be found again and copied exactly as read.
    public let byteOffset: Int
    /// The row's length in bytes as written (original encoding, quotes kept), line break excluded.
    public let byteLength: Int
    @usableFromInline let record: UnsafePointer<UInt8>
    @usableFromInline let scratch: UnsafePointer<UInt8>
    @usableFromInline let spans: UnsafePointer<CSVFieldSpan>

    init(
        line: Int, count: Int, byteOffset: Int, byteLength: Int, record: UnsafePointer<UInt8>,
        scratch: UnsafePointer<UInt8>, spans: UnsafePointer<CSVFieldSpan>
    ) {
        self.line = line
        self.count = count
        self.byteOffset = byteOffset
        self.byteLength = byteLength
        self.record = record
        self.scratch = scratch
        self.spans = spans
    }

    /// Lends the UTF-8 bytes of field `index` (quotes removed, `""` unescaped) to `body`.
    /// Inlinable so that callers in other modules get a specialized, allocation-free call.
    @inlinable
    public func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < count, "field \(index) is out of range 0..<\(count)")
        let span = spans[index]
        let base = span.flags & CSVFieldSpan.inScratch != 0 ? scratch : record
        return try body(UnsafeBufferPointer(start: base + span.start, count: span.length))
    }

    /// The UTF-8 bytes of field `index`, valid only during the callback that received the row:
    /// for callers that hand several fields on without a closure each.
    @inlinable
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        withBytes(index) { $0 }
    }

    /// Field `index` as a string.
    @inlinable
    public func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }
}
