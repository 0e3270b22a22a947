/// Hides small groups, and enough further groups that no hidden one can be recovered by
/// subtracting the published ones from the published total.
///
/// Within one dimension (the groups of which add up to "all students"): every group under
/// the minimum is hidden; if exactly one is hidden, the next-smallest is hidden too.
public enum SmallCellSuppressor {
    public static func suppress(_ groups: inout [IndicatorResult], minimumCellSize: Int) {
        for i in groups.indices where groups[i].denominator < minimumCellSize {
            groups[i].suppression = .smallCell
        }
        let hidden = groups.indices.filter { groups[$0].suppression != nil }
        guard hidden.count == 1 else { return }
        let next = groups.indices
            .filter { groups[$0].suppression == nil }
            .min { (groups[$0].denominator, groups[$0].group) < (groups[$1].denominator, groups[$1].group) }
        if let next { groups[next].suppression = .complementary }
    }
}
