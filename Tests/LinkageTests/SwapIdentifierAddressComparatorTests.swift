import BackboneCore
@testable import Linkage
import Testing

@Suite struct SwapIdentifierAddressComparatorTests {
    let fixtures: ComparisonFixtures
    init() throws { fixtures = try ComparisonFixtures() }

    @Test func givenNameAndSurnameTheWrongWayRoundHaveTheirOwnLevel() {
        let form = fixtures.person(given: ["Danny"], surname: "Stephenson")
        let swapped = fixtures.person(given: ["Stephenson"], surname: "Danny")
        let given = GivenNameComparator(), surname = SurnameComparator()
        #expect(given.levels.labels[Int(given.level(form, swapped))] == "swapped with the surname")
        #expect(surname.levels.labels[Int(surname.level(form, swapped))] == "swapped with the given name")
        // Only one of the two names crossed over: not a swap.
        let half = fixtures.person(given: ["Stephenson"], surname: "Smith")
        #expect(given.levels.labels[Int(given.level(form, half))] == "else")
        // Split letters still swap: "LEO N" runs together as "LEON".
        let split = given.level(fixtures.person(given: ["Mason"], surname: "Leo N"), fixtures.person(given: ["Leon"], surname: "Mason"))
        #expect(given.levels.labels[Int(split)] == "swapped with the surname")
    }

    @Test func stateIdsExactOneSlipElseAndMissing() {
        let comparator = StateIdComparator()
        func level(_ a: String?, _ b: String?) -> Int8 {
            comparator.level(fixtures.person(stateId: a), fixtures.person(stateId: b))
        }
        #expect(level("4086300", "4086300") == 0)
        #expect(level("4086300", "4086030") == 1)  // neighbours swapped
        #expect(level("8000122", "8009122") == 1)  // one digit changed
        #expect(level("800012", "8000122") == 1)  // one dropped
        #expect(level("3776945", "3776965") == 1)
        #expect(level("2519977", "2519988") == 2)
        #expect(level("12", "1234") == 2)
        #expect(level(nil, "1") == ComparisonLevelSet.missing)
    }

    @Test func streetsIgnoreSpacingAndCaseAndBandBySimilarity() {
        let comparator = StreetComparator()
        func label(_ a: String, _ b: String) -> String {
            comparator.levels.labels[Int(comparator.level(fixtures.person(street: a), fixtures.person(street: b)))]
        }
        #expect(label("Ainsworth Street", "ainsworthstreet") == "exact")
        #expect(label("leahy lplace", "leahy place") == "Jaro-Winkler >= 0.9")
        #expect(label("Reader Court", "Villa 2") == "else")
        #expect(comparator.level(fixtures.person(street: "A"), fixtures.person()) == ComparisonLevelSet.missing)
    }

    @Test func streetAndZipBlockTogether() {
        let person = fixtures.person(zip: 6233, street: "Erldunda Circuit")
        #expect(BlockingRule.streetZip.keys(person, participant: true) == [BlockingKey(text: "ERLDUNDACIRCUIT|6233")])
        #expect(BlockingRule.stateId.keys(fixtures.person(stateId: "77"), participant: true) == [BlockingKey(text: "77")])
    }
}
