import BackboneCore

/// The exact passes of linkage: a shared state ID, then exact standardized name and birth date.
///
/// A key that more than one district student shares is ambiguous and links nobody: an
/// exact pass must never guess. Each participant links to at most one student, and each
/// link records the pass that made it.
public enum ExactLinker {
    public enum Pass: String, CaseIterable, Sendable {
        case stateId = "state_id"
        case nameBirthDate = "name_birth_date"

        /// How the linkage page names the pass.
        public var label: String {
            switch self {
            case .stateId: return "Same state student ID"
            case .nameBirthDate: return "Same name and birth date"
            }
        }
    }

    /// Per linked source: participants, and how many each pass linked.
    public struct SourceSummary: Sendable {
        public var source: String
        public var participants: Int
        public var linkedByPass: [Pass: Int]
        public var linked: Int { linkedByPass.values.reduce(0, +) }
    }

    public static func link(
        reference: Table, others: [(source: String, table: Table)]
    ) -> (crosswalk: Crosswalk, summaries: [SourceSummary]) {
        let students = PersonKeys(table: reference).people
        let byStateId = uniqueIndex(students.compactMap { s in s.stateId.map { ($0, s.id) } })
        let byNameBirth = uniqueIndex(students.flatMap { s in nameBirthKeys(s).map { ($0, s.id) } })

        var crosswalk = Crosswalk()
        var summaries: [SourceSummary] = []
        for (source, table) in others {
            var summary = SourceSummary(source: source, participants: 0, linkedByPass: [:])
            for person in PersonKeys(table: table).people {
                summary.participants += 1
                if let stateId = person.stateId, let student = byStateId[stateId] ?? nil {
                    crosswalk.add(source: source, personId: person.id, link: .init(studentId: student, pass: Pass.stateId.rawValue))
                    summary.linkedByPass[.stateId, default: 0] += 1
                    continue
                }
                let candidates = Set(nameBirthKeys(person).compactMap { byNameBirth[$0] ?? nil })
                if candidates.count == 1, let student = candidates.first {
                    crosswalk.add(source: source, personId: person.id, link: .init(studentId: student, pass: Pass.nameBirthDate.rawValue))
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
