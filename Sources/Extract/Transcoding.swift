import BackboneCore

/// Converts single-byte Windows encodings to UTF-8, the only encoding after extract.
enum Transcoding {
    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars, from the WHATWG Encoding Standard's
    /// index-windows-1252. The five bytes Microsoft leaves undefined (0x81, 0x8D, 0x8F, 0x90,
    /// 0x9D) map to the C1 controls of the same value, as in that standard, so no byte is lost.
    /// From 0xA0 on, Windows-1252 is Latin-1.
    static let windows1252C1: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Writes the UTF-8 form of `bytes` to `output` and returns how many bytes it wrote
    /// (at most three per input byte). `encoding` must not be `.utf8`.
    static func transcode(
        _ bytes: UnsafeBufferPointer<UInt8>, from encoding: TextEncoding, into output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        let windows = encoding == .windows1252
        var written = 0
        for byte in bytes {
            let scalar: UInt16 = windows && (0x80...0x9F).contains(byte) ? windows1252C1[Int(byte) - 0x80] : UInt16(byte)
            if scalar < 0x80 {
                output[written] = UInt8(scalar)
                written += 1
            } else if scalar < 0x800 {
                output[written] = 0xC0 | UInt8(scalar >> 6)
                output[written + 1] = 0x80 | UInt8(scalar & 0x3F)
                written += 2
            } else {
                output[written] = 0xE0 | UInt8(scalar >> 12)
                output[written + 1] = 0x80 | UInt8((scalar >> 6) & 0x3F)
                output[written + 2] = 0x80 | UInt8(scalar & 0x3F)
                written += 3
            }
        }
        return written
    }
}
