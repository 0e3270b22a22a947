import BackboneCore

/// One person of a person table with every field comparators use, standardized once.
///
/// Built per distinct person id by `PersonStandardizer`; a person seen on several rows keeps
/// the first value of each field and every distinct given name.
///
/// A class, not a struct: blocking and review hand people around, and a reference costs one
/// retain where a copy of the struct moved its every field and retained each of its names.
/// The comparison of tens of millions of pairs reads `CodedPeople` instead.
public final class StandardizedPerson: Sendable {
    public let id: String
    public let stateId: String?
    /// The given name first (from `first_name`, else from `full_name`), then the `nickname`
    /// field's, then any other row's; distinct by compact form.
    public let givenNames: [GivenName]
    public let middleName: StandardizedName?
    public let surname: StandardizedName?
    /// Days since 1970-01-01.
    public let birthDate: Int32?
    public let sex: Sex?
    /// Home street address run together in upper case ASCII ("16OSHANASSYSTREET"), so
    /// spacing and punctuation never matter.
    public let street: [UInt8]?
    /// Five-digit ZIP as a number (see `ZipCode`).
    public let zip: Int32?
    /// Lower-cased school name or code as recorded (see `SchoolText`).
    public let school: String?

    public init(
        id: String, stateId: String? = nil, givenNames: [GivenName] = [], middleName: StandardizedName? = nil,
        surname: StandardizedName? = nil, birthDate: Int32? = nil, sex: Sex? = nil, street: [UInt8]? = nil, zip: Int32? = nil,
        school: String? = nil
    ) {
        self.id = id
        self.stateId = stateId
        self.givenNames = givenNames
        self.middleName = middleName
        self.surname = surname
        self.birthDate = birthDate
        self.sex = sex
        self.street = street
        self.zip = zip
        self.school = school
    }

    /// The blocking code of the surname (see `Soundex`).
    public var surnameSoundex: String? { surname.flatMap { Soundex.code($0.compact) } }

    /// The calendar year of birth, for blocking.
    public var birthYear: Int? { birthDate.map { CalendarDate.civil($0).year } }

    /// This person with fields still missing filled from another row of the same person.
    func merged(with other: StandardizedPerson) -> StandardizedPerson {
        var givenNames = self.givenNames
        for name in other.givenNames where !givenNames.contains(where: { $0.name.compact == name.name.compact }) {
            givenNames.append(name)
        }
        return StandardizedPerson(
            id: id, stateId: stateId ?? other.stateId, givenNames: givenNames, middleName: middleName ?? other.middleName,
            surname: surname ?? other.surname, birthDate: birthDate ?? other.birthDate, sex: sex ?? other.sex,
            street: street ?? other.street, zip: zip ?? other.zip, school: school ?? other.school)
    }
}
