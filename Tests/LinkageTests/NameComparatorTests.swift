import Linkage
import Testing

@Suite struct NameComparatorTests {
    let fixtures: ComparisonFixtures
    let given = GivenNameComparator()
    let surname = SurnameComparator()

    init() throws {
        fixtures = try ComparisonFixtures()
    }

    private func givenLevel(_ a: [String], _ b: [String], _ comparator: GivenNameComparator? = nil) -> Int8 {
        (comparator ?? given).level(fixtures.person(given: a), fixtures.person(given: b))
    }

    private func surnameLevel(_ a: String?, _ b: String?) -> Int8 {
        surname.level(fixtures.person(surname: a), fixtures.person(surname: b))
    }

    @Test func givenNameLevelsAreLabelledMostSimilarFirst() {
        #expect(given.levels == ComparisonLevelSet(
            field: "first_name",
            labels: ["exact", "nickname-equivalent", "Jaro-Winkler >= 0.92", "Jaro-Winkler >= 0.88", "Jaro-Winkler >= 0.8", "swapped with the surname",
                "else",
            ]))
    }

    @Test func givenNameExactAfterStandardization() {
        #expect(givenLevel(["Ann"], ["ANN"]) == 0)
        #expect(givenLevel(["Mary-Ann"], ["Maryann"]) == 0)
        #expect(givenLevel(["José"], ["JOSE"]) == 0)
    }

    @Test func givenNameNicknameEquivalent() {
        #expect(givenLevel(["Bill"], ["William"]) == 1)
        #expect(givenLevel(["Elizabeth"], ["Liz"]) == 1)
    }

    @Test func givenNameJaroWinklerBands() {
        #expect(givenLevel(["Martha"], ["Marhta"]) == 2)  // 0.961
        #expect(givenLevel(["Katherine"], ["Kathryn"]) == 3)  // 0.905
        #expect(givenLevel(["Dwayne"], ["Duane"]) == 4)  // 0.840
        #expect(givenLevel(["Itman"], ["Smith"]) == 6)  // 0.467
        #expect(givenLevel(["Bill"], ["Bob"]) == 6)
    }

    @Test func givenNameBandsAreParameters() throws {
        let strict = GivenNameComparator(bands: try #require(JaroWinklerBands([0.95])))
        #expect(strict.levels.labels == ["exact", "nickname-equivalent", "Jaro-Winkler >= 0.95", "swapped with the surname", "else"])
        #expect(givenLevel(["Martha"], ["Marhta"], strict) == 2)
        #expect(givenLevel(["Katherine"], ["Kathryn"], strict) == 4)
    }

    @Test func givenNameComparesTheClosestOfSeveralNames() {
        #expect(givenLevel(["Elodie", "Lou"], ["Lou"]) == 0)
        #expect(givenLevel(["Zed", "Bill"], ["Xavier", "William"]) == 1)
    }

    @Test func givenNameMissingOnEitherSide() {
        #expect(givenLevel([], ["Ann"]) == -1)
        #expect(givenLevel(["Ann"], ["--"]) == -1)
    }

    @Test func surnameLevelsAreLabelledMostSimilarFirst() {
        #expect(surname.levels.field == "last_name")
        #expect(surname.levels.labels.prefix(2) == ["exact", "one part of a compound surname"])
        #expect(surname.levels.labels.suffix(2) == ["swapped with the given name", "else"])
        #expect(surname.levels.labels.count == 7)
    }

    @Test func surnameExactAfterStandardization() {
        #expect(surnameLevel("Peña Ruiz", "PENA-RUIZ") == 0)
        #expect(surnameLevel("Smith Jr.", "Smith") == 0)
        #expect(surnameLevel("O'Brien", "OBrien") == 0)
    }

    @Test func surnameMatchesOnePartOfACompoundSurname() {
        #expect(surnameLevel("Peña-Ruiz", "Ruiz") == 1)
        #expect(surnameLevel("Pena", "Peña Ruiz") == 1)
        #expect(surnameLevel("de la Cruz", "Cruz") == 1)
        #expect(surnameLevel("Garcia Lopez", "Lopez Soto") == 1)
        // A particle alone is no part: "De Leon" and "De Soto" share only "De".
        #expect(surnameLevel("De Leon", "De Soto") == 6)
    }

    @Test func surnameJaroWinklerBands() {
        #expect(surnameLevel("Thompson", "Thomson") == 2)  // 0.975
        #expect(surnameLevel("Carlson", "Karlson") == 3)  // 0.905
        #expect(surnameLevel("Jones", "Johnson") == 4)  // 0.832
        #expect(surnameLevel("Hardin", "Martinez") == 6)  // 0.722
    }

    @Test func surnameTypoInOnePartOfACompoundSurnameStillScores() {
        // RUIZ/RUIS is 0.883 while PENARUIZ/RUIS is far lower.
        #expect(surnameLevel("Peña-Ruiz", "Ruis") == 3)
    }

    @Test func surnameMissingOnEitherSide() {
        #expect(surnameLevel(nil, "Lee") == -1)
        #expect(surnameLevel("Lee", "-") == -1)
    }
}
