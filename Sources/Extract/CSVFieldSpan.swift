/// Where one field's bytes sit: relative to the start of its record, or to the reader's
/// scratch area once transcoded.
@usableFromInline
struct CSVFieldSpan {
    @usableFromInline var start: Int
    @usableFromInline var length: Int
    @usableFromInline var flags: UInt8

    /// Enclosed in quotes: `start` is just after the opening quote.
    static let quoted: UInt8 = 1 << 0
    /// Holds `""` pairs not yet unescaped.
    static let doubledQuotes: UInt8 = 1 << 1
    /// Holds a byte of 0x80 or more (to validate as UTF-8 or to transcode).
    static let nonASCII: UInt8 = 1 << 2
    /// Its bytes live in the scratch area.
    @usableFromInline static let inScratch: UInt8 = 1 << 3

    /// Where the field begins in its record as written, opening quote included.
    var rawStart: Int { flags & Self.quoted != 0 ? start - 1 : start }
}
