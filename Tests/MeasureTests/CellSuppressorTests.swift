import Measure
import Testing

/// Each suppression rule on tables worked out by hand (domain.md and domain-sources.md §3.4).
@Suite struct CellSuppressorTests {
    typealias Cell = CellTable.Cell

    /// A total (cell 0) and one dimension's groups, given as (numerator, denominator).
    func oneDimension(_ parts: [(Int, Int)]) -> CellTable {
        let total = Cell(numerator: parts.reduce(0) { $0 + $1.0 }, denominator: parts.reduce(0) { $0 + $1.1 }, isTotal: true)
        return CellTable(
            cells: [total] + parts.map { Cell(numerator: $0.0, denominator: $0.1) },
            partitions: [CellTable.Partition(total: 0, parts: Array(1...parts.count))])
    }

    func reasons(_ table: CellTable, minimum: Int = 10, coding: TopBottomCoding = .none) -> [Suppression?] {
        CellSuppressor.protect(table, settings: .init(minimumCellSize: minimum, coding: coding)).map { $0?.suppression }
    }

    /// domain.md's example: Hispanic 120, Black 80, White 60, Two or more 15, Asian 8 (total 283).
    /// Asian is hidden; Asian = 283 − 275, so the next-smallest, Two or more, is hidden too.
    @Test func aHiddenGroupTakesTheNextSmallestWithIt() {
        let table = oneDimension([(54, 120), (28, 80), (39, 60), (9, 15), (7, 8)])
        #expect(reasons(table) == [nil, nil, nil, nil, .complementary, .smallCell])
    }

    @Test func twoHiddenGroupsProtectEachOther() {
        let table = oneDimension([(40, 80), (3, 8), (2, 5)])
        #expect(reasons(table) == [nil, nil, .smallCell, .smallCell])
    }

    /// The two-category case (Wisconsin): publishing "economically disadvantaged" and all
    /// students reveals "not"; a small "yes" hides "no" as well.
    @Test func aTwoGroupDimensionHidesBothOrNeither() {
        #expect(reasons(oneDimension([(100, 200), (4, 7)])) == [nil, .complementary, .smallCell])
        #expect(reasons(oneDimension([(50, 100), (52, 102)])) == [nil, nil, nil])
    }

    /// Two hidden groups whose numerators add up to 0 show that every student in both failed:
    /// a third group is hidden, the smallest whose rate is neither 0 nor 100%.
    @Test func hiddenGroupsThatAllFailedTakeAThirdWithThem() {
        let table = oneDimension([(50, 100), (0, 12), (30, 40), (0, 3), (0, 4)])
        #expect(reasons(table) == [nil, nil, nil, .complementary, .smallCell, .smallCell])
    }

    @Test func hiddenGroupsThatAllMetTheStandardTakeAThirdWithThem() {
        let table = oneDimension([(50, 100), (30, 40), (3, 3), (4, 4), (20, 20)])
        // Cells 3 and 4 (3/3 and 4/4) are hidden; 7 of 7 would show that all met it. The
        // 100% group of 20 cannot break that, so the 40 (30 met) goes.
        #expect(reasons(table) == [nil, nil, .complementary, .smallCell, .smallCell, nil])
    }

    /// Delaware's fixed rule: above 95% shown as ">95%", below 5% as "<5%".
    @Test func fixedCodingBoundsRatesBeyond95And5Percent() {
        let coding = TopBottomCoding.fixed
        #expect(coding.bound(numerator: 96, denominator: 100)?.description == ">0.9500")
        #expect(coding.bound(numerator: 95, denominator: 100) == nil)
        #expect(coding.bound(numerator: 4, denominator: 100)?.description == "<0.0500")
        #expect(coding.bound(numerator: 5, denominator: 100) == nil)
    }

    /// Canyons SD's banded rule: the bound narrows as the group grows.
    @Test func bandedCodingNarrowsWithGroupSize() {
        let coding = TopBottomCoding.banded
        #expect(coding.bound(numerator: 297, denominator: 300)?.description == ">=0.9900")
        #expect(coding.bound(numerator: 296, denominator: 300) == nil)
        #expect(coding.bound(numerator: 196, denominator: 200)?.description == ">=0.9800")
        #expect(coding.bound(numerator: 3, denominator: 60)?.description == "<=0.0500")
        #expect(coding.bound(numerator: 4, denominator: 60) == nil)
        #expect(coding.bound(numerator: 18, denominator: 20)?.description == ">=0.9000")
        #expect(TopBottomCoding.none.bound(numerator: 20, denominator: 20) == nil)
    }

    /// A bounded cell shows its denominator but not its numerator, which the total and its
    /// exact siblings would give away: the smallest sibling is hidden with it.
    @Test func aBoundedCellsNumeratorIsProtectedLikeAHiddenOne() {
        let table = oneDimension([(40, 80), (20, 50), (60, 60)])
        let decisions = CellSuppressor.protect(table, settings: .init(minimumCellSize: 10, coding: .banded))
        #expect(decisions.map { $0?.suppression } == [nil, nil, .complementary, .topCoded])
        #expect(decisions[3]?.bound?.description == ">=0.9500")
    }

    /// domain-sources.md §3.4 example B: school × race with school and district totals. The
    /// primary cell A×Two+ (6) forces A×White, B×Two+ and B×White: four hidden cells.
    @Test func aRectangleProtectsACellOfATwoWayTable() {
        // Cells: A row (H, B, W, T, total), B row (…), district (H, B, W, T, total).
        let tested = [70, 40, 30, 6, 146, 50, 40, 30, 17, 137, 120, 80, 60, 23, 283]
        let cells = tested.enumerated().map { Cell(numerator: $1 / 2, denominator: $1, isTotal: $0 % 5 == 4 || $0 >= 10) }
        var partitions = [
            CellTable.Partition(total: 4, parts: [0, 1, 2, 3]), CellTable.Partition(total: 9, parts: [5, 6, 7, 8]),
            CellTable.Partition(total: 14, parts: [10, 11, 12, 13]), CellTable.Partition(total: 14, parts: [4, 9]),
        ]
        for column in 0..<4 { partitions.append(CellTable.Partition(total: 10 + column, parts: [column, 5 + column])) }
        let decided = reasons(CellTable(cells: cells, partitions: partitions))
        #expect(decided.indices.filter { decided[$0] != nil } == [2, 3, 7, 8])
        #expect(decided[3] == .smallCell)
    }

    /// Non-participants and the "no hours" dosage band are the same students: they share one decision.
    @Test func cellsCountingTheSameStudentsShareOneDecision() {
        // 0 all; 1–2 participation (no, yes); 3–5 dosage (none, under 30, 30 or more).
        let cells = [
            Cell(numerator: 150, denominator: 300, isTotal: true), Cell(numerator: 145, denominator: 292),
            Cell(numerator: 5, denominator: 8), Cell(numerator: 145, denominator: 292), Cell(numerator: 2, denominator: 3),
            Cell(numerator: 3, denominator: 5),
        ]
        let table = CellTable(
            cells: cells,
            partitions: [CellTable.Partition(total: 0, parts: [1, 2]), CellTable.Partition(total: 0, parts: [3, 4, 5])],
            equalities: [(3, 1)])
        #expect(reasons(table) == [nil, .complementary, .smallCell, .complementary, .smallCell, .smallCell])
    }
}
