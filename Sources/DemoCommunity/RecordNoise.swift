import BackboneCore

/// The mistakes and variations a partner's data entry brings, per field, as probabilities:
/// nicknames, one-character typos, lost accents, hyphenated or changed surnames, day/month
/// swaps, missing birth dates, and case, spacing and punctuation differences.
struct RecordNoise {
    var nickname = 0.0
    var typoFirst = 0.0
    var typoLast = 0.0
    var stripAccents = 0.0
    /// Of hyphenated surnames, the share written another way (one part, a space, no mark).
    var hyphenVariant = 0.0
    var changedSurname = 0.0
    var swapDayMonth = 0.0
    var missingBirthDate = 0.0
    var wrongBirthDate = 0.0
    var upperCase = 0.0
    var stray = 0.0
    var punctuation = 0.0
    var missingMiddle = 0.0
    /// Chance the district number is written down, and that it is mistyped when it is.
    var districtNumber = 0.0
    var districtNumberTypo = 0.0
    /// Chance the partner's nickname field is filled when the child has a nickname.
    var nicknameField = 0.0

    static func profile(_ partner: CommunityPartner) -> RecordNoise {
        switch partner {
        case .youthWorks:
            return RecordNoise(
                nickname: 0.18, typoFirst: 0.04, typoLast: 0.04, stripAccents: 0.25, hyphenVariant: 0.5,
                changedSurname: 0.012, swapDayMonth: 0.03, missingBirthDate: 0.03, wrongBirthDate: 0.01,
                upperCase: 0.08, stray: 0.05, punctuation: 0.3, missingMiddle: 0.9)
        case .brightFutures:
            return RecordNoise(
                nickname: 0.5, typoFirst: 0.05, typoLast: 0.04, stripAccents: 0.45, hyphenVariant: 0.6,
                changedSurname: 0.015, swapDayMonth: 0.06, missingBirthDate: 0.3, wrongBirthDate: 0.015,
                upperCase: 0.03, stray: 0.06, punctuation: 0.4, missingMiddle: 1, nicknameField: 0.55)
        case .northside:
            return RecordNoise(
                nickname: 0.08, typoFirst: 0.03, typoLast: 0.03, stripAccents: 0.15, hyphenVariant: 0.35,
                changedSurname: 0.01, swapDayMonth: 0.02, missingBirthDate: 0.02, wrongBirthDate: 0.01,
                upperCase: 0.02, stray: 0.03, punctuation: 0.2, missingMiddle: 0.5,
                districtNumber: 0.4, districtNumberTypo: 0.03)
        }
    }

    func apply(to child: RecordedPerson, heritage: Heritage, _ random: inout SplitMix64) -> RecordedPerson {
        var person = child
        let nicknames = Nicknames.byGivenName[child.first] ?? []
        if !nicknames.isEmpty && random.chance(nicknameField) { person.nickname = random.pick(nicknames) }
        if !nicknames.isEmpty && random.chance(nickname) {
            person.first = person.nickname.isEmpty ? random.pick(nicknames) : person.nickname
        }
        if random.chance(missingMiddle) { person.middle = "" }
        if random.chance(changedSurname) {
            person.last = heritage.surnames.pick(&random)
        } else if person.last.contains("-") && random.chance(hyphenVariant) {
            let parts = person.last.split(separator: "-").map(String.init)
            person.last = [parts[0], parts[parts.count - 1], parts.joined(separator: " "), parts.joined()][random.below(4)]
        }
        if random.chance(stripAccents) {
            person.first = Accents.strip(person.first)
            person.last = Accents.strip(person.last)
            person.nickname = Accents.strip(person.nickname)
        }
        if random.chance(punctuation) { person.last = Self.dropPunctuation(person.last, &random) }
        if random.chance(typoFirst) { person.first = Typo.apply(person.first, &random) }
        if random.chance(typoLast) { person.last = Typo.apply(person.last, &random) }
        if random.chance(upperCase) {
            person.first = person.first.uppercased()
            person.last = person.last.uppercased()
        } else if random.chance(stray / 3) {
            person.first = person.first.lowercased()
        }
        if random.chance(stray) { person.last += " " }
        if random.chance(stray) { person.first = " " + person.first }
        person.birthDate = birthDate(child.birthDate, &random)
        if let number = child.districtNumber, random.chance(districtNumber) {
            person.districtNumber = random.chance(districtNumberTypo) ? Typo.digit(number, &random) : number
        } else {
            person.districtNumber = nil
        }
        return person
    }

    private func birthDate(_ date: Int32?, _ random: inout SplitMix64) -> Int32? {
        guard let date, !random.chance(missingBirthDate) else { return nil }
        let (year, month, day) = CalendarDate.civil(date)
        if day <= 12 && day != month && random.chance(swapDayMonth) {
            return CalendarDate.dayNumber(year: year, month: day, day: month)
        }
        if random.chance(wrongBirthDate) {
            return random.chance(0.5) ? date + (random.chance(0.5) ? 1 : -1)
                : CalendarDate.dayNumber(year: year + (random.chance(0.5) ? 1 : -1), month: month, day: min(day, 28))
        }
        return date
    }

    /// O'Brien → OBrien or O Brien, St. John → St John, De La Cruz → DeLaCruz.
    private static func dropPunctuation(_ name: String, _ random: inout SplitMix64) -> String {
        guard name.contains(where: { $0 == "'" || $0 == "." || $0 == " " }) else { return name }
        let replacement = random.chance(0.5) ? "" : " "
        var text = name.replacingOccurrences(of: "'", with: replacement).replacingOccurrences(of: ".", with: "")
        if random.chance(0.3) { text = text.replacingOccurrences(of: " ", with: "") }
        return text.replacingOccurrences(of: "  ", with: " ")
    }
}
