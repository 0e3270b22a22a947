import Linkage
import Testing

@Suite struct BirthDateComparatorTests {
    let fixtures: ComparisonFixtures
    let comparator = BirthDateComparator()

    init() throws {
        fixtures = try ComparisonFixtures()
    }

    private func level(_ a: (Int, Int, Int)?, _ b: (Int, Int, Int)?, _ c: BirthDateComparator? = nil) -> Int8 {
        (c ?? comparator).level(fixtures.person(birth: a), fixtures.person(birth: b))
    }

    @Test func labels() {
        #expect(comparator.levels == ComparisonLevelSet(
            field: "birth_date",
            labels: ["exact", "day and month swapped", "one of day, month, year differs", "within 365 days", "else"]))
    }

    @Test func exact() {
        #expect(level((2012, 3, 4), (2012, 3, 4)) == 0)
    }

    @Test func dayAndMonthSwapped() {
        #expect(level((2012, 3, 4), (2012, 4, 3)) == 1)
        #expect(level((2012, 1, 12), (2012, 12, 1)) == 1)
        // Swapped but in another year as well: two parts differ, and far apart.
        #expect(level((2012, 3, 4), (2013, 4, 3)) == 4)
    }

    @Test func oneOfDayMonthYearDiffers() {
        #expect(level((2012, 3, 4), (2012, 3, 14)) == 2)
        #expect(level((2012, 3, 4), (2012, 8, 4)) == 2)
        #expect(level((2012, 3, 4), (2021, 3, 4)) == 2)
    }

    @Test func withinTheTolerance() {
        #expect(level((2012, 12, 30), (2013, 1, 2)) == 3)
        #expect(level((2012, 3, 4), (2013, 2, 5)) == 3)
        let narrow = BirthDateComparator(toleranceDays: 30)
        #expect(narrow.levels.labels[3] == "within 30 days")
        #expect(level((2012, 3, 4), (2013, 2, 5), narrow) == 4)
        #expect(level((2012, 12, 30), (2013, 1, 2), narrow) == 3)
    }

    @Test func otherwiseElse() {
        #expect(level((2012, 3, 4), (2014, 5, 6)) == 4)
    }

    @Test func missingOnEitherSide() {
        #expect(level(nil, (2012, 3, 4)) == -1)
        #expect(level((2012, 3, 4), nil) == -1)
    }
}
