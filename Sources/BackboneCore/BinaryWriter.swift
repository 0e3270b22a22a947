/// Builds the bytes of a stage cache entry: numbers little-endian, arrays of fixed-width
/// values copied in one piece (millions of cells a column: per-element encoding is far too slow).
///
/// Entries are read back only on a machine of the same byte order; the entry header says which.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Bytes as they are, with no count: a file's magic line.
    public mutating func write(raw: [UInt8]) {
        bytes += raw
    }

    public mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Int) { write(Int64(value)) }

    public mutating func write(_ value: Double) { write(value.bitPattern) }

    public mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// Nil as `Int64.min`, a value no count or line number takes.
    public mutating func write(_ value: Int?) { write(value.map(Int64.init) ?? Int64.min) }

    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// A count, then the elements' memory as is.
    public mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(array.count)
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// A count, every length, then every string's UTF-8 one after another.
    public mutating func write(strings: [String]) {
        write(array: strings.map { UInt32($0.utf8.count) })
        for var string in strings {
            string.withUTF8 { bytes.append(contentsOf: $0) }
        }
    }
}
