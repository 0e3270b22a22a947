import BackboneCore
@testable import Linkage
import Testing

@Suite struct BlockingRuleTests {
    let fixtures: ComparisonFixtures
    init() throws { fixtures = try ComparisonFixtures() }

    @Test func givenNameAndSurnameKeysCoverEveryGivenNameAndEverySurnamePart() {
        let person = fixtures.person(given: ["Ana", "Annie"], surname: "Peña-Ruiz")
        #expect(Set(BlockingRule.givenNameSurname.keys(person, participant: true)) == Self.keys(
            "ANA|PENA", "ANNIE|PENA", "ANA|PENARUIZ", "ANNIE|PENARUIZ", "ANA|RUIZ", "ANNIE|RUIZ"))
        #expect(BlockingRule.givenNameSurname.keys(fixtures.person(given: ["Ana"]), participant: true).isEmpty)
    }

    @Test func surnameAndZipNeedBoth() {
        #expect(BlockingRule.surnameZip.keys(fixtures.person(surname: "Lee", zip: 45801), participant: false) == [BlockingKey(text: "LEE|45801")])
        #expect(BlockingRule.surnameZip.keys(fixtures.person(surname: "Lee"), participant: false).isEmpty)
    }

    @Test func theNoBirthDateRuleAppliesToParticipantsWithoutOneAndToEveryStudent() {
        let dated = fixtures.person(given: ["Ana"], surname: "Lee", birth: (2012, 3, 4))
        let undated = fixtures.person(given: ["Ana"], surname: "Lee")
        let rule = BlockingRule.surnameSoundexGivenInitialWithoutBirthDate
        #expect(rule.keys(dated, participant: true).isEmpty)
        #expect(rule.keys(undated, participant: true) == [BlockingKey(text: "L000|A")])
        #expect(rule.keys(dated, participant: false) == [BlockingKey(text: "L000|A")])
    }

    @Test func keysAreTheirTextsHashedSoEqualTextsBlockTogether() {
        #expect(BlockingRule.birthDate.keys(fixtures.person(birth: (1970, 1, 2)), participant: true) == [BlockingKey(text: "1")])
        #expect(BlockingKey(text: "ANA|LEE") != BlockingKey(text: "ANAL|EE"))
        let duplicated = fixtures.person(given: ["Ana", "ANA"], surname: "Lee")
        #expect(BlockingRule.givenNameSurname.keys(duplicated, participant: true).count == 1)
    }

    static func keys(_ texts: String...) -> Set<BlockingKey> { Set(texts.map { BlockingKey(text: $0) }) }

    @Test func everyFixedFieldIsAComparedField() {
        let compared = Set(ProbabilisticLinker(students: [], settings: .init()).comparators.map(\.levels.field))
        for rule in BlockingRule.allCases {
            #expect(!rule.fixedFields.isEmpty && rule.fixedFields.isSubset(of: compared), "\(rule)")
        }
    }

    @Test func candidatePairsAreTheUnionOfTheRulesWithCountsPerRuleAndACap() {
        let students = [
            fixtures.person(given: ["Ana"], surname: "Lee", birth: (2012, 3, 4), zip: 45801),
            fixtures.person(given: ["Ana"], surname: "Lee", birth: (2013, 1, 1), zip: 45802),
            fixtures.person(given: ["Bo"], surname: "Kim", birth: (2012, 3, 4), zip: 45801),
        ]
        let participants = [
            fixtures.person(given: ["Ana"], surname: "Lee", birth: (2012, 3, 4), zip: 45801),
            fixtures.person(given: ["Cy"], surname: "Ng", birth: (2015, 5, 5)),
        ]
        let rules: [BlockingRule] = [.birthDate, .givenNameSurname]
        let indexes = rules.map { BlockingIndex(rule: $0, students: students, maxBlockSize: .max) }
        let all = CandidatePairs(participants: participants, indexes: indexes, cap: 100)
        #expect(all.pairs.map { [$0.participant, $0.student] } == [[0, 0], [0, 1], [0, 2]])
        #expect(all.perRule.map(\.pairs) == [2, 2])
        #expect(!all.capped)
        let capped = CandidatePairs(participants: participants, indexes: indexes, cap: 2)
        #expect(capped.capped && capped.pairs.isEmpty)
    }

    @Test func markingFieldsMissingBlanksThemInEveryPair() {
        var vectors = ComparisonVectors(levelCounts: [2, 3, 2], levels: [0, 1, 1, 1, 2, 0])
        vectors.markMissing(fields: [0, 2])
        #expect(vectors.levels == [-1, 1, -1, -1, 2, -1])
    }
}

@Suite struct WeightHistogramTests {
    @Test func binsByWholeBitsWithOpenEnds() {
        var histogram = WeightHistogram()
        for weight in [-100.0, -20.0, -0.5, 0, 0.99, 29.9, 31] { histogram.add(weight) }
        #expect(histogram.total == 7)
        #expect(histogram.counts[0] == 2)
        #expect(histogram.counts[19] == 1 && WeightHistogram.lowerEdge(of: 19) == -1)
        #expect(histogram.counts[20] == 2)
        #expect(histogram.counts[49] == 2)
    }
}
