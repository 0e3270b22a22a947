import BackboneCore

/// How a rate that shows that (nearly) all of a group met or missed a standard is published:
/// as a bound, not exactly.
public enum TopBottomCoding: String, Sendable, CaseIterable {
    /// Every rate is published exactly.
    case none
    /// Delaware's rule: above 95% is shown as ">95%", below 5% as "<5%", whatever the group size.
    case fixed
    /// Canyons School District's rule, by group size: 300 or more students ≥99% / ≤1%,
    /// 100–299 ≥98% / ≤2%, 40–99 ≥95% / ≤5%; below 40 (the source's lower bands could not be
    /// read) Backbone uses ≥90% / ≤10%.
    case banded

    /// The bound a coded cell is shown as, or nil when the rate is published exactly.
    public func bound(numerator: Int, denominator: Int) -> ValueBound? {
        guard denominator > 0 else { return nil }
        let basisPoints: Int, inclusive: Bool
        switch self {
        case .none: return nil
        case .fixed: (basisPoints, inclusive) = (500, false)
        case .banded:
            inclusive = true
            switch denominator {
            case 300...: basisPoints = 100
            case 100..<300: basisPoints = 200
            case 40..<100: basisPoints = 500
            default: basisPoints = 1000
            }
        }
        // Exact comparisons in integers: numerator / denominator against basisPoints / 10 000.
        let rate = numerator * 10_000, low = basisPoints * denominator, high = (10_000 - basisPoints) * denominator
        if inclusive ? rate >= high : rate > high {
            return ValueBound(side: .atLeast, limit: Double(10_000 - basisPoints) / 10_000, inclusive: inclusive)
        }
        if inclusive ? rate <= low : rate < low {
            return ValueBound(side: .atMost, limit: Double(basisPoints) / 10_000, inclusive: inclusive)
        }
        return nil
    }
}

/// A rate shown as a bound: `>=0.99`, `<0.05`.
public struct ValueBound: Sendable, Hashable, CustomStringConvertible {
    public enum Side: Sendable { case atLeast, atMost }

    public var side: Side
    public var limit: Double
    /// `>=` / `<=` rather than `>` / `<`.
    public var inclusive: Bool

    /// `>=0.9900`: the form indicators.csv uses.
    public var description: String {
        let sign = side == .atLeast ? ">" : "<"
        return sign + (inclusive ? "=" : "") + NumberFormat.fixed(limit, decimals: 4)
    }
}
