import Glibc

/// Distinct byte strings numbered 0, 1, 2, … in the order they were added, looked up in place
/// so extract can recognise a value it has seen without making a `String` of it, and tables
/// can be joined without hashing each string with the standard library's SipHash.
///
/// Open addressing with linear probing over a power-of-two slot array. Each table draws its own
/// random hash seed, so crafted input cannot be built to collide; ids never depend on the seed.
public struct ByteStringTable: Sendable {
    private var bytes: [UInt8] = []
    /// Entry `i` is `bytes[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// The entry's hash's high 32 bits and its index + 1, or 0 for an empty slot: a probe
    /// reads the stored hash bits from the slot it already has in cache.
    private var slots: [UInt64]
    private let seed: UInt64

    public init() {
        slots = Array(repeating: 0, count: 64)
        var generator = SystemRandomNumberGenerator()
        seed = generator.next()
    }

    public var count: Int { ends.count }

    /// The id of `key`, if it has been added.
    @inline(__always)
    public func id(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key, seed: seed)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let stored = slots[slot]
                if stored == 0 { return nil }
                if stored >> 32 == hash >> 32 {
                    let entry = Int(stored & 0xFFFF_FFFF) - 1
                    if equals(entry, key) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `key`, added first when new (probing the table once).
    public mutating func id(adding key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        precondition(ends.count < Int(UInt32.max) - 1, "a byte string table holds fewer than 2^32 entries")
        if (ends.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key, seed: seed)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let stored = slots[slot]
            if stored >> 32 == hash >> 32, equals(Int(stored & 0xFFFF_FFFF) - 1, key) {
                return (Int(stored & 0xFFFF_FFFF) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let entry = ends.count
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
        return (entry, true)
    }

    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == key.count else { return false }
        guard let base = key.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start, base, key.count) == 0
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in hashes.indices { place(entry, hash: hashes[entry]) }
    }

    /// A seeded 64-bit hash of `key`, eight bytes at a time.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = key.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < key.count {
            var tail: UInt64 = 0
            for i in offset..<key.count { tail |= UInt64(base[i]) << (8 * UInt64(i - offset)) }
            h = mix(h ^ tail)
        }
        return mix(h)
    }

    /// SplitMix64's finaliser: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
