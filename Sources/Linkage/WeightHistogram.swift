/// Counts of match weights in one-bit bins, for the linkage page's histogram: where the
/// best candidates fall against the link and review thresholds shows whether the thresholds
/// cut through a valley (clear decisions) or a peak (many borderline pairs).
public struct WeightHistogram: Sendable, Equatable {
    /// Weights below are counted in the first bin, weights at or above the last edge in the last.
    public static let lowest = -20
    public static let highest = 30
    /// `counts[i]` holds weights in `[lowest + i, lowest + i + 1)`, the end bins open-ended.
    public private(set) var counts = [Int](repeating: 0, count: highest - lowest)

    public init() {}

    /// A histogram read back from the stage cache.
    init?(counts: [Int]) {
        guard counts.count == Self.highest - Self.lowest else { return nil }
        self.counts = counts
    }

    public mutating func add(_ weight: Double) {
        let bin = Int((weight - Double(Self.lowest)).rounded(.down))
        counts[min(max(bin, 0), counts.count - 1)] += 1
    }

    /// The lower edge of bin `i`, in bits.
    public static func lowerEdge(of bin: Int) -> Int { lowest + bin }

    public var total: Int { counts.reduce(0, +) }
}
