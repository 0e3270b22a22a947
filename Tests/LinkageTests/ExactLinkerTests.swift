import BackboneCore
import BackboneTestSupport
import Linkage
import Testing

@Suite struct ExactLinkerTests {
    let students = TableFixture.make(
        .person, fields: ["person_id", "state_id", "first_name", "last_name", "birth_date"],
        rows: [
            [.string("S1"), .string("900001"), .string("José"), .string("Peña-Ruiz"), TableFixture.date("2012-03-04")],
            [.string("S2"), .string("900002"), .string("Ana"), .string("Lee"), TableFixture.date("2013-05-06")],
            // Two students share a name and birth date: an exact pass must not pick one.
            [.string("S3"), .null, .string("Sam"), .string("Smith"), TableFixture.date("2014-01-01")],
            [.string("S4"), .null, .string("Sam"), .string("Smith"), TableFixture.date("2014-01-01")],
        ])

    @Test func linksByStateIdThenByStandardizedNameAndBirthDate() throws {
        let participants = TableFixture.make(
            .person, fields: ["person_id", "state_id", "full_name", "nickname", "birth_date"],
            rows: [
                [.string("P1"), .null, .string("PENA RUIZ, Jose"), .null, TableFixture.date("2012-03-04")],
                [.string("P2"), .string("900002"), .string("Lee, Anna"), .null, .null],
                [.string("P3"), .null, .string("Smith, Sam"), .null, TableFixture.date("2014-01-01")],
                [.string("P4"), .null, .string("Lee, Annie"), .string("Ana"), TableFixture.date("2013-05-06")],
                [.string("P1"), .null, .string("Peña Ruiz, José"), .null, TableFixture.date("2012-03-04")],
            ])
        let standardizer = PersonStandardizer(nicknames: try NicknameTable.bundled())
        let (crosswalk, summaries) = ExactLinker.link(
            students: standardizer.standardize(students), others: [("cbo", standardizer.standardize(participants))])
        #expect(crosswalk.links["cbo"]?["P1"] == .init(studentId: "S1", pass: "name_birth_date"))
        #expect(crosswalk.links["cbo"]?["P2"] == .init(studentId: "S2", pass: "state_id"))
        #expect(crosswalk.links["cbo"]?["P3"] == nil)
        #expect(crosswalk.links["cbo"]?["P4"] == .init(studentId: "S2", pass: "name_birth_date"))
        #expect(summaries.first?.participants == 4)
        #expect(summaries.first?.linked == 3)
    }

    @Test func aStateIdIsTrustedOnlyWhenNamesOrBirthDateCorroborateIt() throws {
        let participants = TableFixture.make(
            .person, fields: ["person_id", "state_id", "first_name", "last_name", "birth_date"],
            rows: [
                // A slip of one digit: S2's ID on José's record; his name and birth date find him.
                [.string("P1"), .string("900002"), .string("Jose"), .string("Pena Ruiz"), TableFixture.date("2012-03-04")],
                // S1's ID with another given name, one part of the surname and the year mistyped: two of three agree.
                [.string("P2"), .string("900001"), .string("Pepe"), .string("Ruiz"), TableFixture.date("2013-03-04")],
                // S2's ID, surname only, birth date clearly different: not trusted, and no other pass finds her.
                [.string("P3"), .string("900002"), .string("Zoe"), .string("Lee"), TableFixture.date("2016-09-09")],
            ])
        let standardizer = PersonStandardizer(nicknames: try NicknameTable.bundled())
        let (crosswalk, _) = ExactLinker.link(
            students: standardizer.standardize(students), others: [("cbo", standardizer.standardize(participants))])
        #expect(crosswalk.links["cbo"]?["P1"] == .init(studentId: "S1", pass: "name_birth_date"))
        #expect(crosswalk.links["cbo"]?["P2"] == .init(studentId: "S1", pass: "state_id"))
        #expect(crosswalk.links["cbo"]?["P3"] == nil)
    }

    @Test func standardizesCaseDiacriticsAndPunctuation() {
        #expect(NameStandardizer.standardize("  Zoë O'Brien-Núñez ") == "ZOEOBRIENNUNEZ")
        #expect(NameStandardizer.split(fullName: "Peña, José Luis")! == ("José", "Peña"))
        #expect(NameStandardizer.split(fullName: "Mary Ann Smith")! == ("Mary", "Smith"))
        #expect(NameStandardizer.split(fullName: "Cher") == nil)
    }
}
