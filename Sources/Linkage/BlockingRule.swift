/// A rule that proposes candidate pairs: two records are compared only if some rule gives
/// them the same key. The union of rules keeps recall while bounding the pairs compared.
public enum BlockingRule: String, Sendable, CaseIterable {
    /// Same birth date.
    case birthDate = "birth_date"
    /// Same surname Soundex code and birth year (survives a day/month swap or a typo in the date).
    case surnameSoundexBirthYear = "surname_soundex+birth_year"
    /// Same first three letters of a given name and ZIP (for records without a birth date).
    case givenPrefixZip = "given_prefix+zip"
    /// Same surname Soundex code and given-name initial, for participants with no birth date
    /// (the other rules cannot reach them when they have no ZIP either).
    case surnameSoundexGivenInitialWithoutBirthDate = "surname_soundex+given_initial(no birth date)"

    /// The record's keys under this rule; none when a field it needs is missing.
    /// `participant` tells which side the record is on (a rule may apply to one side's gaps only).
    func keys(_ person: StandardizedPerson, participant: Bool) -> [String] {
        switch self {
        case .birthDate:
            return person.birthDate.map { ["\($0)"] } ?? []
        case .surnameSoundexBirthYear:
            guard let soundex = person.surnameSoundex, let year = person.birthYear else { return [] }
            return ["\(soundex)|\(year)"]
        case .givenPrefixZip:
            guard let zip = person.zip else { return [] }
            let prefixes = Set(person.givenNames.map { String(decoding: $0.name.compact.prefix(3), as: UTF8.self) })
            return prefixes.sorted().map { "\($0)|\(zip)" }
        case .surnameSoundexGivenInitialWithoutBirthDate:
            guard let soundex = person.surnameSoundex, !participant || person.birthDate == nil else { return [] }
            let initials = Set(person.givenNames.compactMap(\.name.compact.first))
            return initials.sorted().map { "\(soundex)|\($0)" }
        }
    }
}
