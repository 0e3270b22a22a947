import BackboneCore
import BackboneTestSupport
import Linkage
import Testing

@Suite struct PersonStandardizerTests {
    let standardizer: PersonStandardizer

    init() throws {
        standardizer = PersonStandardizer(nicknames: try NicknameTable.bundled())
    }

    private func given(_ person: StandardizedPerson) -> [String] { person.givenNames.map(\.name.text) }

    @Test func readsSeparateNameFieldsAndEveryOtherField() throws {
        let table = TableFixture.make(
            .person,
            fields: ["person_id", "state_id", "first_name", "middle_name", "last_name", "nickname", "birth_date", "sex", "zip", "school_id"],
            rows: [[
                .string("S1"), .string(" 900001 "), .string("Élodie"), .string("Ann"), .string("Peña-Ruiz"), .string("Lou"),
                TableFixture.date("2012-03-04"), .string("female"), .string("02134-1234"), .string("Lincoln  Elementary"),
            ]])
        let person = try #require(standardizer.standardize(table).first)
        #expect(person.id == "S1")
        #expect(person.stateId == "900001")
        #expect(given(person) == ["ELODIE", "LOU"])
        #expect(person.middleName?.text == "ANN")
        #expect(person.surname?.spaced == "PENA RUIZ")
        #expect(person.birthDate == CalendarDate.dayNumber(year: 2012, month: 3, day: 4))
        #expect(person.birthYear == 2012)
        #expect(person.surnameSoundex == "P562")
        #expect(person.sex == .female)
        #expect(person.zip == 2134)
        #expect(person.school == "lincoln elementary")
    }

    @Test func fallsBackOnTheFullName() throws {
        let table = TableFixture.make(
            .person, fields: ["person_id", "full_name", "first_name"],
            rows: [
                [.string("P1"), .string("Peña Ruiz, José Luis"), .null],
                [.string("P2"), .string("Ana de la Cruz"), .string("Anita")],
            ])
        let people = standardizer.standardize(table)
        #expect(people.map(\.id) == ["P1", "P2"])
        #expect(given(people[0]) == ["JOSE"])
        #expect(people[0].middleName?.text == "LUIS")
        #expect(people[0].surname?.text == "PENARUIZ")
        #expect(given(people[1]) == ["ANITA"])
        #expect(people[1].surname?.text == "DELACRUZ")
    }

    @Test func looksUpGivenNamesInTheNicknameList() throws {
        let table = TableFixture.make(.person, fields: ["person_id", "first_name"], rows: [[.string("P1"), .string("Bill")]])
        let bill = try #require(standardizer.standardize(table).first?.givenNames.first)
        let william = standardizer.nicknames.givenName(StandardizedName.given("William")!)
        #expect(bill.nicknameId >= 0)
        #expect(bill.isNicknameEquivalent(to: william))
    }

    @Test func mergesRowsOfOnePersonKeepingFirstValuesAndEveryGivenName() throws {
        let table = TableFixture.make(
            .person, fields: ["person_id", "first_name", "last_name", "birth_date", "zip"],
            rows: [
                [.string("P1"), .string("Ann"), .null, .null, .string("12345")],
                [.string("P2"), .string("Bo"), .string("Lee"), .null, .null],
                [.string("P1"), .string("Annie"), .string("Smith"), TableFixture.date("2013-05-06"), .string("54321")],
                [.string("P1"), .string("ANN"), .string("Jones"), .null, .null],
            ])
        let people = standardizer.standardize(table)
        #expect(people.map(\.id) == ["P1", "P2"])
        #expect(given(people[0]) == ["ANN", "ANNIE"])
        #expect(people[0].surname?.text == "SMITH")
        #expect(people[0].birthYear == 2013)
        #expect(people[0].zip == 12345)
    }

    @Test func readsFieldsThatAreNotStringColumnsAsWritten() throws {
        var origins = RowOrigins(unit: .line)
        origins.beginFile("people.csv")
        origins.append(2)
        origins.append(3)
        let table = Table(
            name: "person",
            columns: [
                Column(name: "person_id", type: .string, storage: .strings(codes: [0, 1], dictionary: ["P1", "P2"])),
                Column(name: "zip", type: .integer, storage: .integers([2134, 0], valid: [true, false])),
            ],
            origins: origins)
        let people = standardizer.standardize(table)
        #expect(people.map(\.zip) == [2134, nil])
    }

    @Test func leavesUnreadableValuesMissing() throws {
        let table = TableFixture.make(
            .person, fields: ["person_id", "first_name", "last_name", "sex", "zip", "state_id"],
            rows: [[.string("P1"), .string("--"), .null, .string("not_selected"), .string("n/a"), .string("  ")]])
        let person = try #require(standardizer.standardize(table).first)
        #expect(person.givenNames.isEmpty)
        #expect(person.surname == nil && person.surnameSoundex == nil)
        #expect(person.sex == nil && person.zip == nil && person.stateId == nil && person.birthYear == nil)
    }
}
