/// A well-formed data row: a view into the reader's buffer, valid only during the callback
/// that receives it (copy what must outlive it). Field bytes are UTF-8, quotes removed.
public struct CSVRow {
    /// The 1-based line where the row starts.
    public let line: Int
    /// The number of fields, always the header's.
    public let count: Int
    let record: UnsafePointer<UInt8>
    let scratch: UnsafePointer<UInt8>
    let spans: UnsafePointer<CSVFieldSpan>

    /// Lends the UTF-8 bytes of field `index` (quotes removed, `""` unescaped) to `body`.
    public func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < count, "field \(index) is out of range 0..<\(count)")
        let span = spans[index]
        let base = span.flags & CSVFieldSpan.inScratch != 0 ? scratch : record
        return try body(UnsafeBufferPointer(start: base + span.start, count: span.length))
    }

    /// Field `index` as a string.
    public func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }
}
