/// A rule that proposes candidate pairs: two records are compared only if some rule gives
/// them the same key. The union of rules keeps recall while bounding the pairs compared.
public enum BlockingRule: String, Sendable, CaseIterable {
    /// Same state ID: reaches a child whose ID the exact pass did not trust because the
    /// names or birth date disagree, so the model weighs the ID against them.
    case stateId = "state_id"
    /// Same birth date.
    case birthDate = "birth_date"
    /// Same given name and surname (any given name of the record, and the whole surname or one
    /// of its parts): finds a child whose birth date is missing or mistyped.
    case givenNameSurname = "given_name+surname"
    /// Same surname (or surname part) and ZIP: finds a child with a nickname or a misspelt
    /// given name and no usable birth date.
    case surnameZip = "surname+zip"
    /// Same street and ZIP: a household's address, for records whose names and birth date
    /// are all mistyped (used where both sides carry an address).
    case streetZip = "street+zip"
    /// Same surname Soundex code and birth year (survives a day/month swap or a typo in the date).
    case surnameSoundexBirthYear = "surname_soundex+birth_year"
    /// Same first three letters of a given name and ZIP (for records without a birth date).
    case givenPrefixZip = "given_prefix+zip"
    /// Same surname Soundex code and given-name initial, for participants with no birth date
    /// (the other rules cannot reach them when they have no ZIP either).
    case surnameSoundexGivenInitialWithoutBirthDate = "surname_soundex+given_initial(no birth date)"

    /// What the rule asks of two records, in plain words, for the linkage page.
    public var description: String {
        switch self {
        case .stateId: "Same state student ID (one the names and birth date did not confirm)"
        case .birthDate: "Same birth date"
        case .givenNameSurname: "Same given name and surname (or one part of a compound surname)"
        case .surnameZip: "Same surname (or one part of it) and ZIP code"
        case .streetZip: "Same street address and ZIP code"
        case .surnameSoundexBirthYear: "Surnames that sound alike (same Soundex code) and the same birth year"
        case .givenPrefixZip: "Same first three letters of a given name and the same ZIP code"
        case .surnameSoundexGivenInitialWithoutBirthDate:
            "Surnames that sound alike and the same given-name initial, for participants with no birth date"
        }
    }

    /// The record's keys under this rule; none when a field it needs is missing.
    /// `participant` tells which side the record is on (a rule may apply to one side's gaps only).
    func keys(_ person: StandardizedPerson, participant: Bool) -> [BlockingKey] {
        switch self {
        case .stateId:
            return person.stateId.map { [BlockingKey(Array($0.utf8))] } ?? []
        case .birthDate:
            return person.birthDate.map { [BlockingKey(number: Int64($0))] } ?? []
        case .givenNameSurname:
            return Self.surnameParts(person).flatMap { surname in
                person.givenNames.map { BlockingKey($0.name.compact, surname) }
            }.distinct()
        case .surnameZip:
            guard let zip = person.zip else { return [] }
            return Self.surnameParts(person).map { BlockingKey($0, number: Int64(zip)) }.distinct()
        case .streetZip:
            guard let street = person.street, let zip = person.zip else { return [] }
            return [BlockingKey(street, number: Int64(zip))]
        case .surnameSoundexBirthYear:
            guard let soundex = person.surnameSoundex, let year = person.birthYear else { return [] }
            return [BlockingKey(Array(soundex.utf8), number: Int64(year))]
        case .givenPrefixZip:
            guard let zip = person.zip else { return [] }
            return person.givenNames.map { BlockingKey(Array($0.name.compact.prefix(3)), number: Int64(zip)) }.distinct()
        case .surnameSoundexGivenInitialWithoutBirthDate:
            guard let soundex = person.surnameSoundex, !participant || person.birthDate == nil else { return [] }
            return person.givenNames.compactMap(\.name.compact.first).map { BlockingKey(Array(soundex.utf8), [$0]) }.distinct()
        }
    }

    /// The comparison fields whose agreement the rule builds in: a training session blocked on
    /// it learns nothing about them, so EM leaves them out there (as Splink does).
    var fixedFields: Set<String> {
        switch self {
        case .stateId: ["state_id"]
        case .birthDate: ["birth_date"]
        case .givenNameSurname: ["first_name", "last_name"]
        case .surnameZip: ["last_name", "zip"]
        case .streetZip: ["street", "zip"]
        case .surnameSoundexBirthYear: ["last_name", "birth_date"]
        case .givenPrefixZip: ["first_name", "zip"]
        case .surnameSoundexGivenInitialWithoutBirthDate: ["first_name", "last_name"]
        }
    }

    /// The whole compact surname and each of its parts.
    private static func surnameParts(_ person: StandardizedPerson) -> [[UInt8]] {
        guard let surname = person.surname else { return [] }
        return [surname.compact] + surname.parts
    }
}
