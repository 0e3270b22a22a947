import BackboneCore
import Linkage

/// Standardized people for comparator tests, with given names looked up in the shipped list.
struct ComparisonFixtures {
    let nicknames: NicknameTable

    init() throws {
        nicknames = try NicknameTable.bundled()
    }

    func person(
        given: [String] = [], surname: String? = nil, birth: (Int, Int, Int)? = nil,
        sex: Sex? = nil, zip: Int32? = nil, school: String? = nil, stateId: String? = nil, street: String? = nil
    ) -> StandardizedPerson {
        StandardizedPerson(
            id: "P", stateId: stateId, givenNames: given.compactMap { StandardizedName.given($0).map(nicknames.givenName) },
            surname: surname.flatMap(StandardizedName.surname),
            birthDate: birth.flatMap { CalendarDate.dayNumber(year: $0.0, month: $0.1, day: $0.2) },
            sex: sex, street: street.map { NameStandardizer.words($0).flatMap { $0 } }, zip: zip, school: school)
    }
}
