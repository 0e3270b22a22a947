/// Numbers 64-bit keys densely in order of first appearance (0, 1, 2, …) with an
/// open-addressing hash table (linear probing) sized once for every row: several times faster
/// than `Dictionary` for the millions of keys a uniqueness rule hashes.
enum DenseKeyCoder {
    /// Per row, the code of `key(row)`, or -1 where it is nil; and how many codes were given.
    static func encode(rows: Int, key: (Int) -> UInt64?) -> (codes: [Int32], count: Int) {
        var bits = 4
        while 1 << bits < 2 * rows { bits += 1 }
        let mask = (1 << bits) - 1, shift = UInt64(64 - bits)
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var slots = [Int32](repeating: -1, count: 1 << bits)
        var codes = [Int32](repeating: -1, count: rows)
        var count: Int32 = 0
        keys.withUnsafeMutableBufferPointer { keys in
            slots.withUnsafeMutableBufferPointer { slots in
                for row in 0..<rows {
                    guard let k = key(row) else { continue }
                    var slot = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
                    while true {
                        let code = slots[slot]
                        if code < 0 {
                            keys[slot] = k
                            slots[slot] = count
                            codes[row] = count
                            count += 1
                            break
                        }
                        if keys[slot] == k {
                            codes[row] = code
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return (codes, Int(count))
    }
}
