/// SplitMix64: a pseudo-random generator whose whole state is one word, used wherever
/// Backbone needs randomness (the demo generator, random pairs for linkage) so that the
/// same seed gives the same bytes on every platform. Plain integer arithmetic only.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A stream for one purpose: the seed mixed with a salt (one per user of the generator)
    /// and the keys naming the purpose, so streams never overlap and draws in one never shift another.
    public init(seed: UInt64, salt: UInt64, keys: [UInt64]) {
        var state = Self.mix(seed ^ salt)
        for key in keys {
            state = Self.mix(state ^ Self.mix(key &+ 0x9E37_79B9_7F4A_7C15))
        }
        self.state = state
    }

    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection, no bias).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold {
                product = next().multipliedFullWidth(by: n)
            }
        }
        return Int(product.high)
    }

    /// A uniform value in `[0, 1)` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
