/// Group codes and labels of program-hour bands: none, then one band per interval between
/// the declared cut points (`[30, 90]`: under 30, 30 to under 90, 90 or more).
enum DosageBands {
    static let noneCode = "none"

    /// In band order, "none" first.
    static func groups(cuts: [Double]) -> [(code: String, label: String)] {
        var groups = [(noneCode, "No program hours")]
        guard let first = cuts.first else { return groups + [("any", "Any program hours")] }
        groups.append(("under_\(text(first))", "Fewer than \(text(first)) hours"))
        for (low, high) in zip(cuts, cuts.dropFirst()) {
            groups.append(("\(text(low))_to_\(text(high))", "\(text(low)) to fewer than \(text(high)) hours"))
        }
        groups.append(("\(text(cuts.last!))_plus", "\(text(cuts.last!)) hours or more"))
        return groups
    }

    /// The band of `hours` (0 for none).
    static func band(of hours: Double, cuts: [Double]) -> Int {
        guard hours > 0 else { return 0 }
        var band = 1
        for cut in cuts where hours >= cut { band += 1 }
        return band
    }

    /// `30`, `7.5`: whole numbers without a decimal point.
    static func text(_ hours: Double) -> String {
        hours == hours.rounded() && abs(hours) < 1e15 ? String(Int(hours)) : String(hours)
    }
}
