import BackboneCore

/// Turns a person table into `StandardizedPerson`s, one per distinct person id, in
/// first-seen order so that everything built from them is deterministic.
///
/// Names come from `first_name`, `middle_name` and `last_name` where present, else from
/// `full_name` ("Last, First Middle" or "First Middle Last"); `nickname` adds a given name.
/// With a school directory, a school name is read as the district's code (`SchoolDirectory`).
public struct PersonStandardizer: Sendable {
    public let nicknames: NicknameTable
    public let schools: SchoolDirectory?

    public init(nicknames: NicknameTable, schools: SchoolDirectory? = nil) {
        self.nicknames = nicknames
        self.schools = schools
    }

    /// `schoolOf` gives a person's school code where the table has none (a district
    /// student's school from the enrollment records).
    public func standardize(_ table: Table, schoolOf: [String: String] = [:]) -> [StandardizedPerson] {
        guard case .strings(let idCodes, let idDictionary)? = table.column("person_id")?.storage else { return [] }
        let nicknames = self.nicknames
        let given = StandardizedColumn(table, "first_name") { StandardizedName.given($0).map(nicknames.givenName) }
        let nickname = StandardizedColumn(table, "nickname") { StandardizedName.given($0).map(nicknames.givenName) }
        let middle = StandardizedColumn(table, "middle_name", StandardizedName.given)
        let surname = StandardizedColumn(table, "last_name", StandardizedName.surname)
        let full = StandardizedColumn(table, "full_name") { raw in
            NameStandardizer.parse(fullName: raw).map { parts in
                StandardizedFullName(
                    given: StandardizedName.given(parts.first).map(nicknames.givenName),
                    middle: parts.middle.flatMap(StandardizedName.given), surname: StandardizedName.surname(parts.last))
            }
        }
        let stateId = StandardizedColumn(table, "state_id") { raw in
            let trimmed = raw.trimmingSpaces
            return trimmed.isEmpty ? nil : String(trimmed)
        }
        let sex = StandardizedColumn(table, "sex", Sex.init(code:))
        let street = StandardizedColumn(table, "street") { raw -> [UInt8]? in
            let compact = NameStandardizer.words(raw).flatMap { $0 }
            return compact.isEmpty ? nil : compact
        }
        let zip = StandardizedColumn(table, "zip", ZipCode.standardize)
        let schools = self.schools
        let school = StandardizedColumn(table, "school_id") { raw in schools?.code(for: raw) ?? SchoolText.standardize(raw) }
        let birth = table.column("birth_date")

        var people: [StandardizedPerson] = []
        var personIndex = [Int32](repeating: -1, count: idDictionary.count)
        for row in 0..<table.rowCount where idCodes[row] >= 0 {
            let fullName = full[row]
            var birthDate: Int32?
            if case .date(let day)? = birth?[row] { birthDate = day }
            let id = idDictionary[Int(idCodes[row])]
            let person = StandardizedPerson(
                id: id, stateId: stateId[row],
                givenNames: Self.distinct([given[row] ?? fullName?.given, nickname[row]]),
                middleName: middle[row] ?? fullName?.middle, surname: surname[row] ?? fullName?.surname,
                birthDate: birthDate, sex: sex[row], street: street[row], zip: zip[row], school: school[row] ?? schoolOf[id])
            let code = Int(idCodes[row])
            if personIndex[code] >= 0 {
                people[Int(personIndex[code])] = people[Int(personIndex[code])].merged(with: person)
            } else {
                personIndex[code] = Int32(people.count)
                people.append(person)
            }
        }
        return people
    }

    private static func distinct(_ names: [GivenName?]) -> [GivenName] {
        var result: [GivenName] = []
        for case let name? in names where !result.contains(where: { $0.name.compact == name.name.compact }) {
            result.append(name)
        }
        return result
    }
}

/// The standardized names read from one `full_name` value.
struct StandardizedFullName: Sendable {
    var given: GivenName?
    var middle: StandardizedName?
    var surname: StandardizedName?
}
