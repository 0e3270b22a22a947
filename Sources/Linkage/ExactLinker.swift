import BackboneCore

/// The exact passes of linkage: a shared state ID, then exact standardized name and birth date.
///
/// A key that more than one district student shares is ambiguous and links nobody: an
/// exact pass must never guess. A state ID is trusted only when the names and birth date do
/// not say it was mistyped (see `StateIdCorroboration`). Each participant links to at most
/// one student, and each link records the pass that made it.
public enum ExactLinker {
    public static func link(
        students: [StandardizedPerson], others: [(source: String, people: [StandardizedPerson])]
    ) -> (crosswalk: Crosswalk, summaries: [LinkSummary]) {
        let byStateId = uniqueIndex(students.indices.compactMap { s in students[s].stateId.map { ($0, s) } })
        let byNameBirth = uniqueIndex(students.indices.flatMap { s in nameBirthKeys(students[s]).map { ($0, s) } })

        var crosswalk = Crosswalk()
        var summaries: [LinkSummary] = []
        for (source, people) in others {
            var summary = LinkSummary(source: source)
            for person in people {
                summary.participants += 1
                if let stateId = person.stateId, let student = byStateId[stateId] ?? nil,
                    StateIdCorroboration.accepts(person, students[student]) {
                    crosswalk.add(source: source, personId: person.id, link: .init(studentId: students[student].id, pass: LinkPass.stateId.rawValue))
                    summary.linkedByPass[.stateId, default: 0] += 1
                    continue
                }
                let candidates = Set(nameBirthKeys(person).compactMap { byNameBirth[$0] ?? nil })
                if candidates.count == 1, let student = candidates.first {
                    crosswalk.add(source: source, personId: person.id, link: .init(studentId: students[student].id, pass: LinkPass.nameBirthDate.rawValue))
                    summary.linkedByPass[.nameBirthDate, default: 0] += 1
                }
            }
            summaries.append(summary)
        }
        return (crosswalk, summaries)
    }

    /// Every given name of the person with the compact surname and the birth date.
    private static func nameBirthKeys(_ person: StandardizedPerson) -> [String] {
        guard let surname = person.surname, let birth = person.birthDate else { return [] }
        let last = String(decoding: surname.compact, as: UTF8.self)
        return person.givenNames.map { "\(String(decoding: $0.name.compact, as: UTF8.self))|\(last)|\(birth)" }
    }

    /// Key → the one student index holding it, or nil (ambiguous) when several students do.
    private static func uniqueIndex(_ pairs: [(String, Int)]) -> [String: Int?] {
        var index: [String: Int?] = [:]
        for (key, student) in pairs {
            if let existing = index[key] {
                if existing != student { index[key] = .some(nil) }
            } else {
                index[key] = .some(student)
            }
        }
        return index
    }
}
