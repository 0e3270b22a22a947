import Foundation

/// Reads what `BinaryWriter` wrote, checking every count against the bytes left, so a
/// truncated or damaged entry fails with an error instead of reading past its end.
public struct BinaryReader {
    /// The entry cannot be what it claims to be.
    public struct Damaged: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    private let bytes: Data
    /// The next byte's index in the data given (a slice keeps its parent's indices).
    public private(set) var offset: Int

    public init(_ bytes: Data) {
        self.bytes = bytes
        self.offset = bytes.startIndex
    }

    public var isAtEnd: Bool { offset == bytes.endIndex }

    public mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        let raw = try take(size)
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[raw]))
            }
        }
        return T(littleEndian: value)
    }

    public mutating func readInt() throws -> Int {
        let value = try read(Int64.self)
        guard let int = Int(exactly: value) else { throw Damaged(description: "a number out of range") }
        return int
    }

    /// A count or size: never negative.
    public mutating func readCount() throws -> Int {
        let count = try readInt()
        guard count >= 0 else { throw Damaged(description: "a negative count") }
        return count
    }

    public mutating func readDouble() throws -> Double { Double(bitPattern: try read(UInt64.self)) }

    public mutating func readBool() throws -> Bool {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw Damaged(description: "a truth value other than 0 or 1")
        }
    }

    public mutating func readOptionalInt() throws -> Int? {
        let value = try read(Int64.self)
        return value == Int64.min ? nil : Int(value)
    }

    public mutating func readString() throws -> String {
        let range = try take(try readCount())
        return bytes.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    public mutating func readOptionalString() throws -> String? {
        try readBool() ? try readString() : nil
    }

    /// Truth values are not bit-copied from the bytes: anything but 0 or 1 would not be a `Bool`.
    public mutating func readArray<T: BitwiseCopyable>(of _: T.Type) throws -> [T] {
        precondition(ObjectIdentifier(T.self) != ObjectIdentifier(Bool.self), "use readBools")
        let count = try readCount()
        let stride = MemoryLayout<T>.stride
        guard count <= (bytes.endIndex - offset) / max(stride, 1) else { throw Damaged(description: "an array longer than the entry") }
        let range = try take(count * stride)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[range]))
            }
            initialized = count
        }
    }

    public mutating func readBools() throws -> [Bool] {
        let raw = try readArray(of: UInt8.self)
        guard raw.allSatisfy({ $0 <= 1 }) else { throw Damaged(description: "a truth value other than 0 or 1") }
        return raw.map { $0 == 1 }
    }

    public mutating func readStrings() throws -> [String] {
        let lengths = try readArray(of: UInt32.self)
        var strings: [String] = []
        strings.reserveCapacity(lengths.count)
        let total = lengths.reduce(0) { $0 + Int($1) }
        var start = try take(total).lowerBound
        bytes.withUnsafeBytes { source in
            for length in lengths {
                let end = start + Int(length)
                strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: source[start..<end]), as: UTF8.self))
                start = end
            }
        }
        return strings
    }

    /// The range of the next `count` bytes, relative to the start of the buffer.
    private mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= bytes.endIndex - offset else { throw Damaged(description: "the entry ends too early") }
        defer { offset += count }
        return (offset - bytes.startIndex)..<(offset - bytes.startIndex + count)
    }
}
