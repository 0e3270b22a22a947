/// The demo's only source of randomness: SplitMix64, whose whole state is one word.
///
/// Every child's life is drawn from its own stream, derived from the seed and the child's
/// index, so outputs never depend on the order things are generated in, and nothing comes
/// from Foundation's generators or the clock. Draws use integer and plain floating-point
/// arithmetic only (no `log`, `exp`), so every platform gives the same bytes.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A stream for one purpose: the seed mixed with the keys naming that purpose.
    init(seed: UInt64, _ keys: UInt64...) {
        var state = SplitMix64.mix(seed ^ 0x5EED_B0CB_0DE5_2026)
        for key in keys {
            state = SplitMix64.mix(state ^ SplitMix64.mix(key &+ 0x9E37_79B9_7F4A_7C15))
        }
        self.state = state
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection, no bias).
    mutating func below(_ bound: Int) -> Int {
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

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform value in `[0, 1)` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An approximately standard normal value (Irwin–Hall: twelve uniforms minus six).
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return sum - 6
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
