/// What a reader compares a published value with: the best-served group and all students in
/// the same year, the same group in the baseline year, and the target.
///
/// Only exactly published values take part, so no comparison reveals a hidden or bounded one.
enum IndicatorComparisons {
    static func add(to results: inout [IndicatorResult], definition: IndicatorConfig) {
        let better: (Double, Double) -> Bool = definition.direction == .up ? { $0 > $1 } : { $0 < $1 }
        var all: [Int: Double] = [:]
        var best: [String: Double] = [:]
        var baseline: [String: (numerator: Int, denominator: Int)] = [:]
        for result in results {
            guard let value = result.value else { continue }
            if result.dimension == "all" { all[result.schoolYear] = value; continue }
            let key = "\(result.schoolYear)|\(result.dimension)"
            if best[key].map({ better(value, $0) }) ?? true { best[key] = value }
        }
        if let baselineYear = definition.baselineYear {
            for result in results where result.schoolYear == baselineYear && result.value != nil {
                baseline["\(result.dimension)|\(result.group)"] = (result.numerator, result.denominator)
            }
        }
        for i in results.indices {
            guard let value = results[i].value else { continue }
            let year = results[i].schoolYear
            if results[i].dimension != "all" {
                results[i].gapToAll = all[year].map { value - $0 }
                results[i].gapToBest = best["\(year)|\(results[i].dimension)"].map { value - $0 }
            }
            if let target = definition.target {
                results[i].targetMet = definition.direction == .up ? value >= target : value <= target
            }
            guard let then = baseline["\(results[i].dimension)|\(results[i].group)"] else { continue }
            results[i].changeSinceBaseline = value - Double(then.numerator) / Double(then.denominator)
            results[i].trend = trend(
                now: (results[i].numerator, results[i].denominator), then: then, direction: definition.direction)
        }
    }

    /// Compared exactly, as fractions, so equal rates are "unchanged" whatever the rounding.
    private static func trend(
        now: (numerator: Int, denominator: Int), then: (numerator: Int, denominator: Int), direction: Direction
    ) -> Trend {
        let difference = now.numerator * then.denominator - then.numerator * now.denominator
        if difference == 0 { return .unchanged }
        return (difference > 0) == (direction == .up) ? .improving : .worsening
    }
}
