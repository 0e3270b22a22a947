import BackboneCore

/// Items drawn with fixed integer weights, so a draw is exact and the same everywhere.
struct WeightedChoice<Element: Sendable>: Sendable {
    let items: [Element]
    private let cumulative: [Int]

    init(_ weighted: [(Element, Int)]) {
        precondition(!weighted.isEmpty && weighted.allSatisfy { $0.1 >= 0 }, "weights must be non-negative")
        items = weighted.map(\.0)
        var running = 0
        cumulative = weighted.map { running += $0.1; return running }
        precondition(running > 0, "weights must not all be zero")
    }

    /// Items listed from most to least common, weighted like real name frequencies
    /// (a Zipf curve: the item of rank r gets weight proportional to 1 / (r + offset)).
    init(byPopularity items: [Element], offset: Int = 4) {
        self.init(items.enumerated().map { ($0.element, 1_000_000 / ($0.offset + 1 + offset)) })
    }

    func pick(_ random: inout SplitMix64) -> Element {
        let target = random.below(cumulative[cumulative.count - 1])
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
