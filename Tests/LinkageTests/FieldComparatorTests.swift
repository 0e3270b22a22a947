import Linkage
import Testing

@Suite struct FieldComparatorTests {
    let fixtures: ComparisonFixtures

    init() throws {
        fixtures = try ComparisonFixtures()
    }

    @Test func sexExactElseAndMissing() {
        let sex = SexComparator()
        #expect(sex.levels.labels == ["exact", "else"])
        #expect(sex.level(fixtures.person(sex: .female), fixtures.person(sex: .female)) == 0)
        #expect(sex.level(fixtures.person(sex: .female), fixtures.person(sex: .male)) == 1)
        #expect(sex.level(fixtures.person(sex: nil), fixtures.person(sex: .male)) == -1)
    }

    @Test func zipExactAreaElseAndMissing() {
        let zip = ZipComparator()
        #expect(zip.levels == ComparisonLevelSet(field: "zip", labels: ["exact", "first 3 digits", "else"]))
        #expect(zip.level(fixtures.person(zip: 2134), fixtures.person(zip: 2134)) == 0)
        #expect(zip.level(fixtures.person(zip: 2134), fixtures.person(zip: 2199)) == 1)
        #expect(zip.level(fixtures.person(zip: 2134), fixtures.person(zip: 12134)) == 2)
        #expect(zip.level(fixtures.person(zip: 2134), fixtures.person(zip: nil)) == -1)
    }

    @Test func schoolExactElseAndMissing() {
        let school = SchoolComparator()
        #expect(school.levels.field == "school_id")
        #expect(school.level(fixtures.person(school: "lincoln elementary"), fixtures.person(school: "lincoln elementary")) == 0)
        #expect(school.level(fixtures.person(school: "lincoln elementary"), fixtures.person(school: "0412")) == 1)
        #expect(school.level(fixtures.person(school: nil), fixtures.person(school: "0412")) == -1)
    }

    @Test func everyComparatorGivesOneLevelPerPairWithinItsLabels() {
        let comparators: [any FieldComparator] = [
            GivenNameComparator(), SurnameComparator(), BirthDateComparator(), SexComparator(), ZipComparator(), SchoolComparator(),
        ]
        let people = [
            fixtures.person(given: ["Bill"], surname: "Peña-Ruiz", birth: (2012, 3, 4), sex: .male, zip: 2134, school: "a"),
            fixtures.person(given: ["William"], surname: "Ruiz", birth: (2012, 4, 3), sex: .male, zip: 2199, school: "b"),
            fixtures.person(given: ["Zed"], surname: "Lee", birth: (2001, 1, 1), sex: .female, zip: 90210, school: "a"),
            fixtures.person(),
        ]
        for comparator in comparators {
            for a in people {
                for b in people {
                    let level = comparator.level(a, b)
                    #expect(level == comparator.level(b, a), "\(comparator.levels.field) is symmetric")
                    #expect(level >= -1 && Int(level) < comparator.levels.labels.count, "\(comparator.levels.field)")
                }
            }
        }
    }
}
