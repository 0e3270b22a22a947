import BackboneCore

/// Draws one child's whole record, year by year: enrollment and its flags, attendance,
/// community programs, tests, kindergarten readiness, graduation and college.
struct LifeSimulator {
    let seed: UInt64

    /// - Parameters:
    ///   - child: the child's index among all generated children; with the seed it fixes
    ///     everything about the child, whatever else is generated.
    func life(child: Int, origin: StudentOrigin, number: String, stateID: String) -> StudentLife {
        var random = SplitMix64(seed: seed, 3, UInt64(child))
        var identity = StudentIdentity.draw(
            number: number, stateID: stateID, year: origin.year, grade: origin.grade, &random)
        let traits = StudentTraits(identity: identity, &random)
        var life = StudentLife(identity: identity)

        var year = origin.year
        var grade = origin.grade
        var calendar = RivertonYears.calendar(year)
        var entry = origin.midYear
            ? calendar.schoolDay(from: calendar.firstDay + 21, through: calendar.date(month: 3, day: 31), &random)
            : calendar.firstDay
        var cohortYear: Int? = grade >= 9 ? year - (grade - 9) : nil
        var lunch = traits.drawLunch(&random)
        var englishLearner = StudentTraits.startsAsEnglishLearner(
            language: identity.homeLanguage, grade: grade, &random)
        var disability = random.chance(0.13)
        var programs = ProgramHistory()
        var yearsInTwelfth = 0

        while RivertonYears.all.contains(year) {
            if year != origin.year {
                if random.chance(0.12) { lunch = traits.drawLunch(&random) }
                if englishLearner && random.chance(min(0.35, 0.06 + 0.03 * Double(grade))) { englishLearner = false }
                if !disability && grade <= 3 && random.chance(0.012) { disability = true }
            }
            let lowIncome = lunch != "N"
            let homeless = random.chance(lowIncome ? 0.055 : 0.006)
            let foster = random.chance(homeless ? 0.03 : 0.006)
            let event = YearEvent.draw(
                grade: grade, lowIncome: lowIncome, homeless: homeless, disability: disability,
                englishLearner: englishLearner, speaksEnglish: identity.homeLanguage == "English",
                ability: traits.ability, &random)
            let absenceRate = Achievement.absenceRate(
                traits: traits, grade: grade, lowIncome: lowIncome, homeless: homeless, disability: disability, &random)

            func record(_ school: School, _ entry: Int32, _ exit: Int32, _ code: ExitCode) -> EnrollmentRecord {
                var row = EnrollmentRecord(
                    school: school, year: year, grade: grade, entry: entry, exit: exit, exitCode: code,
                    cohortYear: cohortYear, lunch: lunch, englishLearner: englishLearner, disability: disability,
                    homeless: homeless, foster: foster)
                row.daysEnrolled = calendar.instructionalDays(from: entry, through: exit)
                let absences = min(row.daysEnrolled, Int(absenceRate * Double(row.daysEnrolled) + random.unit()))
                row.daysPresent = row.daysEnrolled - absences
                return row
            }

            var rows: [EnrollmentRecord] = []
            var leaving = false
            let school = RivertonSchools.school(grade: grade, neighborhood: identity.neighborhood)
            switch event {
            case .stays:
                rows.append(record(school, entry, calendar.lastDay, .endOfYear))
            case .movesWithin:
                let move = calendar.schoolDay(
                    from: max(entry + 14, calendar.firstDay + 30), through: calendar.date(month: 4, day: 30), &random)
                rows.append(record(school, entry, move, .transferWithin))
                identity.neighborhood = random.pick(
                    Neighborhood.allCases.filter { RivertonSchools.school(grade: grade, neighborhood: $0) != school })
                identity.street = StudentIdentity.address(in: identity.neighborhood, &random)
                let next = RivertonSchools.school(grade: grade, neighborhood: identity.neighborhood)
                let nextSchoolDay = move + (SchoolCalendar.weekday(move) == 4 ? 3 : 1)
                rows.append(record(next, nextSchoolDay, calendar.lastDay, .endOfYear))
            case .leaves(let code, let midYear):
                let exit = midYear && entry + 20 < calendar.lastDay - 10
                    ? calendar.schoolDay(from: entry + 10, through: calendar.lastDay - 10, &random)
                    : calendar.lastDay
                rows.append(record(school, entry, exit, code))
                leaving = true
            }

            let hours = programs.draw(
                year: year, school: rows[0].school, grade: grade, neighborhood: identity.neighborhood,
                lowIncome: lowIncome, into: &life.programYears, &random)
            let circumstances = Achievement.Circumstances(
                lowIncome: lowIncome, englishLearner: englishLearner, disability: disability, homeless: homeless,
                absenceRate: absenceRate, academicHours: hours)

            if (3...8).contains(grade) {
                life.tests += Self.tests(
                    year: year, grade: grade, enrolled: rows, traits: traits, heritage: identity.heritage,
                    circumstances, &random)
            }
            if grade == 0 && life.readiness == nil && entry <= calendar.date(month: 10, day: 1) && random.chance(0.97) {
                life.readiness = Self.readiness(
                    year: year, entry: entry, school: rows[0].school, traits: traits, heritage: identity.heritage,
                    circumstances, &random)
            }

            if !leaving && grade == 12 {
                yearsInTwelfth += 1
                if random.chance(Self.graduationChance(circumstances, ability: traits.ability, yearsInTwelfth: yearsInTwelfth)) {
                    rows[rows.count - 1].exitCode = .graduated
                    life.graduationDate = calendar.lastDay
                    leaving = true
                } else if random.chance(0.25) {
                    rows[rows.count - 1].exitCode = .completedOther
                    leaving = true
                }
            }
            life.enrollments += rows
            if leaving { break }

            if !random.chance(retentionChance(grade: grade, lowIncome: lowIncome)) { grade = min(12, grade + 1) }
            if grade == 9 && cohortYear == nil { cohortYear = year + 1 }
            year += 1
            if RivertonYears.all.contains(year) {
                calendar = RivertonYears.calendar(year)
                entry = calendar.firstDay
            }
        }
        life.identity = identity
        if let graduated = life.graduationDate {
            var collegeRandom = SplitMix64(seed: seed, 4, UInt64(child))
            life.college = CollegeGoing.records(
                graduated: graduated, traits: traits, lowIncome: lunch != "N", disability: disability,
                englishLearner: englishLearner, mentored: life.programYears.contains { $0.partner == .brightFutures },
                &collegeRandom)
        }
        return life
    }

    private func retentionChance(grade: Int, lowIncome: Bool) -> Double {
        switch grade {
        case 0: return 0.03
        case 1...3: return 0.015
        case 4...8: return 0.006
        case 9: return lowIncome ? 0.03 : 0.015
        case 10, 11: return 0.01
        default: return 1
        }
    }
}
