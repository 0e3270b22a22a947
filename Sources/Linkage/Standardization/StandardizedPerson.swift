import BackboneCore

/// One person of a person table with every field comparators use, standardized once.
///
/// Built per distinct person id by `PersonStandardizer`; a person seen on several rows keeps
/// the first value of each field and every distinct given name.
public struct StandardizedPerson: Sendable {
    public var id: String
    public var stateId: String?
    /// The given name first (from `first_name`, else from `full_name`), then the `nickname`
    /// field's, then any other row's; distinct by compact form.
    public var givenNames: [GivenName]
    public var middleName: StandardizedName?
    public var surname: StandardizedName?
    /// Days since 1970-01-01.
    public var birthDate: Int32?
    public var sex: Sex?
    /// Five-digit ZIP as a number (see `ZipCode`).
    public var zip: Int32?
    /// Lower-cased school name or code as recorded (see `SchoolText`).
    public var school: String?

    public init(
        id: String, stateId: String? = nil, givenNames: [GivenName] = [], middleName: StandardizedName? = nil,
        surname: StandardizedName? = nil, birthDate: Int32? = nil, sex: Sex? = nil, zip: Int32? = nil, school: String? = nil
    ) {
        self.id = id
        self.stateId = stateId
        self.givenNames = givenNames
        self.middleName = middleName
        self.surname = surname
        self.birthDate = birthDate
        self.sex = sex
        self.zip = zip
        self.school = school
    }

    /// The blocking code of the surname (see `Soundex`).
    public var surnameSoundex: String? { surname.flatMap { Soundex.code($0.compact) } }

    /// The calendar year of birth, for blocking.
    public var birthYear: Int? { birthDate.map { CalendarDate.civil($0).year } }

    /// Fills fields still missing from another row of the same person.
    mutating func merge(_ other: StandardizedPerson) {
        stateId = stateId ?? other.stateId
        middleName = middleName ?? other.middleName
        surname = surname ?? other.surname
        birthDate = birthDate ?? other.birthDate
        sex = sex ?? other.sex
        zip = zip ?? other.zip
        school = school ?? other.school
        for name in other.givenNames where !givenNames.contains(where: { $0.name.compact == name.name.compact }) {
            givenNames.append(name)
        }
    }
}
