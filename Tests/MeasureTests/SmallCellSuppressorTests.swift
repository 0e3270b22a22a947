import Measure
import Testing

@Suite struct SmallCellSuppressorTests {
    func cells(_ denominators: [(String, Int)]) -> [IndicatorResult] {
        denominators.map {
            IndicatorResult(
                indicator: "reading", schoolYear: 2024, dimension: "race_ethnicity", group: $0.0, groupLabel: $0.0,
                numerator: $0.1 / 2, denominator: $0.1, suppression: nil)
        }
    }

    /// domain.md's worked example: Asian (8) is hidden, so the next-smallest, Two or more (15), is too.
    @Test func hidesTheNextSmallestWhenOneGroupIsHidden() {
        var groups = cells([("asian", 8), ("black", 80), ("hispanic", 120), ("two_or_more", 15), ("white", 60)])
        SmallCellSuppressor.suppress(&groups, minimumCellSize: 10)
        #expect(groups.map(\.suppression) == [.smallCell, nil, nil, .complementary, nil])
        #expect(groups[0].value == nil)
        #expect(groups[1].value == 0.5)
    }

    @Test func twoHiddenGroupsProtectEachOther() {
        var groups = cells([("asian", 8), ("black", 80), ("two_or_more", 5)])
        SmallCellSuppressor.suppress(&groups, minimumCellSize: 10)
        #expect(groups.map(\.suppression) == [.smallCell, nil, .smallCell])
    }

    @Test func nothingHiddenWhenEveryGroupIsLargeEnough() {
        var groups = cells([("female", 50), ("male", 52)])
        SmallCellSuppressor.suppress(&groups, minimumCellSize: 10)
        #expect(groups.allSatisfy { $0.suppression == nil })
    }
}
