import BackboneCore

/// The exact passes' keys of one person table, one entry per distinct person id, standardized
/// as `StandardizedName` does so that exact and probabilistic passes see the same names.
struct PersonKeys {
    struct Person {
        var id: String
        var stateId: String?
        var firstNames: [String]
        var last: String?
        var birthDate: Int32?
    }

    /// In first-seen order, so everything built from it is deterministic.
    private(set) var people: [Person] = []

    init(table: Table) {
        var seen: [String: Int] = [:]
        for row in 0..<table.rowCount {
            guard case .string(let id) = table[row, "person_id"] else { continue }
            let person = Self.person(id: id, row: row, table: table)
            if let index = seen[id] {
                people[index].merge(person)
            } else {
                seen[id] = people.count
                people.append(person)
            }
        }
    }

    private static func person(id: String, row: Int, table: Table) -> Person {
        func text(_ field: String) -> String? {
            if case .string(let s) = table[row, field] { return s }
            return nil
        }
        var first = text("first_name")
        var last = text("last_name")
        if first == nil || last == nil, let full = text("full_name"), let parts = NameStandardizer.split(fullName: full) {
            first = first ?? parts.first
            last = last ?? parts.last
        }
        var firstNames = [first, text("nickname")].compactMap { $0.flatMap(StandardizedName.given)?.text }
        firstNames = firstNames.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        var birth: Int32?
        if case .date(let d) = table[row, "birth_date"] { birth = d }
        let stateId = text("state_id").map { String($0.trimmingSpaces) }.flatMap { $0.isEmpty ? nil : $0 }
        return Person(
            id: id, stateId: stateId, firstNames: firstNames,
            last: last.flatMap(StandardizedName.surname)?.text, birthDate: birth)
    }
}

extension PersonKeys.Person {
    /// A person seen on several rows: keep the first value of each field, add new given names.
    mutating func merge(_ other: PersonKeys.Person) {
        stateId = stateId ?? other.stateId
        last = last ?? other.last
        birthDate = birthDate ?? other.birthDate
        for name in other.firstNames where !firstNames.contains(name) { firstNames.append(name) }
    }
}
