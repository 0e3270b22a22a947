/// Jaro–Winkler similarity of two standardized (ASCII) names, between 0 and 1.
///
/// Winkler's form: the Jaro similarity, raised for a common prefix of up to four characters
/// by 0.1 per character when the Jaro similarity is above 0.7. Works on bytes and never
/// allocates, since linkage calls it millions of times: names up to 64 bytes keep their
/// matched-character flags in two machine words, longer ones in a stack buffer.
public enum JaroWinkler {
    public static let prefixScale = 0.1
    public static let boostThreshold = 0.7

    public static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in similarity(x, y) } }
    }

    public static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let j = jaro(a, b)
        guard j > boostThreshold else { return j }
        var prefix = 0
        while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return j + Double(prefix) * prefixScale * (1 - j)
    }

    /// Jaro similarity: characters match when equal and at most ⌊max(|a|,|b|)/2⌋−1 apart;
    /// half the matched characters out of order (rounded down) count as transpositions.
    public static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty || b.isEmpty { return a.count == b.count ? 1 : 0 }
        if a.count <= 64 && b.count <= 64 { return jaroInWords(a, b) }
        return jaroInBuffer(a, b)
    }

    static func jaroInWords(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let window = matchWindow(a, b)
        var aFlags: UInt64 = 0, bFlags: UInt64 = 0
        var matches = 0
        for i in 0..<a.count {
            let low = max(0, i - window), high = min(b.count - 1, i + window)
            guard low <= high else { break }
            var k = low
            while k <= high {
                if b[k] == a[i] && bFlags & (1 << UInt64(k)) == 0 {
                    aFlags |= 1 << UInt64(i)
                    bFlags |= 1 << UInt64(k)
                    matches += 1
                    break
                }
                k += 1
            }
        }
        guard matches > 0 else { return 0 }
        var outOfOrder = 0
        while aFlags != 0 {
            if a[aFlags.trailingZeroBitCount] != b[bFlags.trailingZeroBitCount] { outOfOrder += 1 }
            aFlags &= aFlags - 1
            bFlags &= bFlags - 1
        }
        return score(matches, outOfOrder, a.count, b.count)
    }

    static func jaroInBuffer(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let window = matchWindow(a, b)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window), high = min(b.count - 1, i + window)
                guard low <= high else { break }
                for k in low...high where !flags[a.count + k] && a[i] == b[k] {
                    flags[i] = true
                    flags[a.count + k] = true
                    matches += 1
                    break
                }
            }
            guard matches > 0 else { return 0 }
            var outOfOrder = 0
            var k = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + k] { k += 1 }
                if a[i] != b[k] { outOfOrder += 1 }
                k += 1
            }
            return score(matches, outOfOrder, a.count, b.count)
        }
    }

    private static func matchWindow(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        max(0, max(a.count, b.count) / 2 - 1)
    }

    private static func score(_ matches: Int, _ outOfOrder: Int, _ aCount: Int, _ bCount: Int) -> Double {
        let m = Double(matches)
        return (m / Double(aCount) + m / Double(bCount) + (m - Double(outOfOrder / 2)) / m) / 3
    }
}
