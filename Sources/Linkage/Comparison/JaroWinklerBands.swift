/// Similarity thresholds that cut Jaro–Winkler scores into comparison levels, highest first.
///
/// A pair falls in the first band whose threshold its similarity reaches; below the last
/// threshold it falls to the comparator's "else" level.
public struct JaroWinklerBands: Sendable, Hashable {
    public let thresholds: [Double]

    /// Nil unless the thresholds are strictly decreasing and each is in (0, 1].
    public init?(_ thresholds: [Double]) {
        guard thresholds.allSatisfy({ $0 > 0 && $0 <= 1 }),
              zip(thresholds, thresholds.dropFirst()).allSatisfy({ $0 > $1 })
        else { return nil }
        self.thresholds = thresholds
    }

    /// 0.92, 0.88 and 0.80: the default name bands.
    public static let standard = JaroWinklerBands([0.92, 0.88, 0.80])!

    /// 0.9 and 0.7: the address bands (Splink's for street and town).
    public static let address = JaroWinklerBands([0.9, 0.7])!

    /// The index of the band `similarity` falls in, or nil below every threshold.
    public func band(_ similarity: Double) -> Int? {
        thresholds.firstIndex { similarity >= $0 }
    }

    /// The bands' labels, in order ("Jaro-Winkler >= 0.92").
    public var labels: [String] { thresholds.map { "Jaro-Winkler >= \($0)" } }
}
