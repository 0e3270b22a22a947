@testable import Linkage
import Testing

@Suite struct CodedPeopleTests {
    let fixtures: ComparisonFixtures

    init() throws {
        fixtures = try ComparisonFixtures()
    }

    @Test func equalValuesShareAnIdWhoeverAddedThem() {
        var coded = CodedPeople([fixtures.person(given: ["Ana"], surname: "Pena Ruiz", street: "12 Oak St")])
        coded.append(fixtures.person(given: ["Bo", "ana"], surname: "Ruiz", street: "12 OAK ST."))
        let (student, participant) = (coded.people[0], coded.people[1])
        #expect(coded.givenNames[Int(student.givenStart)].text == coded.givenNames[Int(participant.givenStart) + 1].text)
        #expect(participant.surname == coded.surnameParts[Int(student.partsStart) + 1])
        #expect(student.street == participant.street)
        let levels = coded.withBuffers { people in
            (GivenNameComparator().level(student, participant, people), SurnameComparator().level(student, participant, people))
        }
        #expect(levels == (0, 1))
    }

    @Test func textsAreEqualAsStringsNotAsBytes() {
        // "é" written as one scalar and as "e" with a combining accent: one String, two byte sequences.
        let (composed, decomposed) = ("ID\u{E9}1", "IDe\u{301}1")
        #expect(StateIdComparator().level(fixtures.person(stateId: composed), fixtures.person(stateId: decomposed)) == 0)
        #expect(SchoolComparator().level(fixtures.person(school: composed), fixtures.person(school: decomposed)) == 0)
        #expect(StateIdComparator().level(fixtures.person(stateId: composed), fixtures.person(stateId: "ID\u{E9}2")) == 1)
    }
}
