/// A blocking key as a 64-bit FNV-1a hash of its text ("ANA|PENA", "L000|A", a birth date's
/// day number): records are compared when a rule gives them equal keys. Hashing instead of
/// building strings keeps key building cheap for hundreds of thousands of people; two
/// different texts that collide only add a candidate pair, which the model then scores.
struct BlockingKey: Hashable, Sendable {
    let hash: UInt64

    /// The key of one field's bytes.
    init(_ field: [UInt8]) {
        hash = Self.fnv(field, into: Self.offsetBasis)
    }

    /// The key of two fields written `first|second`.
    init(_ first: [UInt8], _ second: [UInt8]) {
        hash = Self.fnv(second, into: Self.fnv([UInt8(ascii: "|")], into: Self.fnv(first, into: Self.offsetBasis)))
    }

    /// The key of a field and a number written `field|number`.
    init(_ field: [UInt8], number: Int64) {
        self.init(field, Array(String(number).utf8))
    }

    /// The key of a number written in decimal.
    init(number: Int64) {
        self.init(Array(String(number).utf8))
    }

    /// The key of a text, for tests and messages: `BlockingKey(text: "ANA|PENA")`.
    init(text: String) {
        self.init(Array(text.utf8))
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static func fnv(_ bytes: [UInt8], into start: UInt64) -> UInt64 {
        var hash = start
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }
}

extension Array where Element == BlockingKey {
    /// Each key once, in first-seen order.
    func distinct() -> [BlockingKey] {
        var seen = Set<BlockingKey>()
        return filter { seen.insert($0).inserted }
    }
}
