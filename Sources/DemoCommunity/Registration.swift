import BackboneCore

/// A child as one community organization registered them: the name, birth date and sex
/// it typed in (with its own mistakes), and the program years under that registration.
struct Registration {
    let partner: CommunityPartner
    /// The district number of the child, or nil for a child the district never enrolled.
    let studentNumber: String?
    /// Names the real child, so duplicate registrations of one child can be told apart.
    let childKey: String
    let person: RecordedPerson
    var rows: [ProgramYear]
    /// Registrations are numbered by first program year, then by this key.
    let order: UInt64
    var participantID = ""

    var firstYear: Int { rows.map(\.year).min() ?? 0 }
}

/// Identifying fields as a partner recorded them.
struct RecordedPerson {
    var first: String
    var middle: String
    var last: String
    /// A name the child goes by, in partners that ask for one.
    var nickname: String
    /// Nil when the partner left it blank.
    var birthDate: Int32?
    var female: Bool
    /// The district number, for the partner that sometimes writes it down.
    var districtNumber: String?
}

extension Registration {
    /// One registration per partner for a child's program years, and now and then a second,
    /// duplicate one for the later years (or a later program), typed in afresh.
    static func register(
        child: RecordedPerson, studentNumber: String?, childKey: String, heritage: Heritage,
        rows: [ProgramYear], _ random: inout SplitMix64
    ) -> [Registration] {
        var result: [Registration] = []
        for partner in CommunityPartner.allCases {
            var own = rows.filter { $0.partner == partner }
            guard !own.isEmpty else { continue }
            var duplicateRows: [ProgramYear] = []
            if random.chance(partner.duplicateChance) {
                let years = Set(own.map(\.year)).sorted()
                if years.count > 1 {
                    let split = years[1 + random.below(years.count - 1)]
                    duplicateRows = own.filter { $0.year >= split }
                    own = own.filter { $0.year < split }
                } else if let last = own.last {
                    let program = random.pick(partner.programs.indices.filter { partner.programs[$0].grades.contains(last.grade) })
                    duplicateRows = [ProgramYear(
                        partner: partner, program: program, year: last.year, hundredths: 100 * (1 + random.below(10)),
                        school: last.school, grade: last.grade, zip: last.zip)]
                }
            }
            for part in [own, duplicateRows] where !part.isEmpty {
                let person = RecordNoise.profile(partner).apply(to: child, heritage: heritage, &random)
                result.append(Registration(
                    partner: partner, studentNumber: studentNumber, childKey: childKey, person: person,
                    rows: part, order: random.next()))
            }
        }
        return result
    }
}
