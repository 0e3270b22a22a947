import Foundation

extension FellegiSunterModel {
    /// What a value's own frequency adds to the weight of an exact agreement on it:
    /// `log2(u_level / frequency)`, positive for values rarer than the level's u, negative
    /// for common ones.
    public func termFrequencyAdjustment(field: Int, level: Int, frequency: Double) -> Double {
        log2(u[field][level] / frequency)
    }
}
