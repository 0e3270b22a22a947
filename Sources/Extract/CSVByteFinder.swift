/// Finds the next byte a CSV scanner must look at, eight bytes at a time (SWAR: SIMD within
/// a register), since most bytes of a CSV file are ordinary text.
///
/// For a word `x`, `(x - 0x01…01) & ~x & 0x80…80` marks each zero byte. Its lowest mark is
/// exact; above a true zero byte, a borrow can falsely mark a byte of 0x01. So the lowest mark
/// over `word ^ repeated(target)` for all targets is the first byte equal to a target, and
/// later marks are candidates that the scanner checks against its byte-class table.
struct CSVByteFinder {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    private let delimiter: UInt64
    private static let quote = ones &* UInt64(UInt8(ascii: "\""))
    private static let carriageReturn = ones &* UInt64(UInt8(ascii: "\r"))
    private static let lineFeed = ones &* UInt64(UInt8(ascii: "\n"))

    init(delimiter: UInt8) {
        self.delimiter = Self.ones &* UInt64(delimiter)
    }

    /// One bit (the top bit of its byte) for each byte of the eight at `pointer` that is a
    /// delimiter, quote, CR, LF or 0x80 and above.
    @inline(__always)
    func unquotedMarks(at pointer: UnsafePointer<UInt8>) -> UInt64 {
        let word = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
        return Self.zeroBytes(word ^ delimiter) | Self.zeroBytes(word ^ Self.quote)
            | Self.zeroBytes(word ^ Self.carriageReturn) | Self.zeroBytes(word ^ Self.lineFeed)
            | (word & Self.highBits)
    }

    /// The first index from `start` holding a quote, CR, LF or a byte of 0x80 or more, inside a
    /// quoted field (where the delimiter is text); a lower bound when fewer than eight bytes remain.
    @inline(__always)
    func skipQuoted(_ bytes: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            let marks =
                Self.zeroBytes(word ^ Self.quote) | Self.zeroBytes(word ^ Self.carriageReturn)
                | Self.zeroBytes(word ^ Self.lineFeed) | (word & Self.highBits)
            if marks != 0 { return index + marks.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }
}
