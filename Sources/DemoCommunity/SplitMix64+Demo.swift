import BackboneCore

/// The demo's draws. Every child's life comes from its own stream, derived from the seed and
/// the child's index, so outputs never depend on the order things are generated in; draws
/// use no `log` or `exp`, so every platform gives the same bytes.
extension SplitMix64 {
    /// The demo's stream for the purpose the keys name.
    init(seed: UInt64, _ keys: UInt64...) {
        self.init(seed: seed, salt: 0x5EED_B0CB_0DE5_2026, keys: keys)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
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
