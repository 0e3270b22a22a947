import BackboneCore

/// The exact passes of linkage: a shared state ID, then exact standardized name and birth date.
///
/// A key that more than one district student shares is ambiguous and links nobody: an
/// exact pass must never guess. Each participant links to at most one student, and each
/// link records the pass that made it.
public enum ExactLinker {
    public static func link(
        reference: Table, others: [(source: String, table: Table)]
    ) -> (crosswalk: Crosswalk, summaries: [LinkSummary]) {
        let students = PersonKeys(table: reference).people
        let byStateId = uniqueIndex(students.compactMap { s in s.stateId.map { ($0, s.id) } })
        let byNameBirth = uniqueIndex(students.flatMap { s in nameBirthKeys(s).map { ($0, s.id) } })

        var crosswalk = Crosswalk()
        var summaries: [LinkSummary] = []
        for (source, table) in others {
            var summary = LinkSummary(source: source)
            for person in PersonKeys(table: table).people {
                summary.participants += 1
                if let stateId = person.stateId, let student = byStateId[stateId] ?? nil {
                    crosswalk.add(source: source, personId: person.id, link: .init(studentId: student, pass: LinkPass.stateId.rawValue))
                    summary.linkedByPass[.stateId, default: 0] += 1
                    continue
                }
                let candidates = Set(nameBirthKeys(person).compactMap { byNameBirth[$0] ?? nil })
                if candidates.count == 1, let student = candidates.first {
                    crosswalk.add(source: source, personId: person.id, link: .init(studentId: student, pass: LinkPass.nameBirthDate.rawValue))
                    summary.linkedByPass[.nameBirthDate, default: 0] += 1
                }
            }
            summaries.append(summary)
        }
        return (crosswalk, summaries)
    }

    private static func nameBirthKeys(_ person: PersonKeys.Person) -> [String] {
        guard let last = person.last, let birth = person.birthDate else { return [] }
        return person.firstNames.map { "\($0)|\(last)|\(birth)" }
    }

    /// Key → the one id holding it, or nil (ambiguous) when several distinct ids do.
    private static func uniqueIndex(_ pairs: [(String, String)]) -> [String: String?] {
        var index: [String: String?] = [:]
        for (key, id) in pairs {
            if let existing = index[key] {
                if existing != id { index[key] = .some(nil) }
            } else {
                index[key] = .some(id)
            }
        }
        return index
    }
}
