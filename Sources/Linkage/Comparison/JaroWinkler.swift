/// Jaro–Winkler similarity of two standardized (ASCII) names, between 0 and 1.
///
/// Winkler's form: the Jaro similarity, raised for a common prefix of up to four characters
/// by 0.1 per character when the Jaro similarity is above 0.7. Works on bytes without
/// allocating (its flags live on the stack), since linkage calls it millions of times.
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
    /// half the matched characters out of order count as transpositions.
    public static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty || b.isEmpty { return a.count == b.count ? 1 : 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window), high = min(b.count - 1, i + window)
                guard low <= high else { continue }
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
            let m = Double(matches)
            let transpositions = Double(outOfOrder / 2)
            return (m / Double(a.count) + m / Double(b.count) + (m - transpositions) / m) / 3
        }
    }
}
