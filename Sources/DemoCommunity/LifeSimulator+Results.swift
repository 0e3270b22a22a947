import BackboneCore

/// The year's results a student's circumstances lead to: state tests, kindergarten
/// readiness, and the chance of graduating.
extension LifeSimulator {
    /// ELA and math in April, for a student enrolled on the test date; a few are missed
    /// without a trace and a few are recorded as not tested, with the reason.
    static func tests(
        year: Int, grade: Int, enrolled rows: [EnrollmentRecord], traits: StudentTraits, heritage: Heritage,
        _ circumstances: Achievement.Circumstances, _ random: inout SplitMix64
    ) -> [TestRecord] {
        let calendar = RivertonYears.calendar(year)
        var tests: [TestRecord] = []
        for subject in TestSubject.allCases {
            let date = calendar.schoolDay(
                from: calendar.date(month: 4, day: 6), through: calendar.date(month: 4, day: 28), &random)
            guard rows.contains(where: { $0.entry <= date && date <= $0.exit }), !random.chance(0.01) else { continue }
            if random.chance(0.015) {
                let reason = random.pick(["Absent", "Medical waiver", "LEP exempt", "Other"])
                tests.append(TestRecord(
                    year: year, grade: grade, subject: subject, date: date, scaleScore: nil, level: nil,
                    reasonNotTested: reason))
                continue
            }
            let score = Achievement.scaleScore(
                subject: subject, grade: grade, traits: traits, heritage: heritage, circumstances, &random)
            tests.append(TestRecord(
                year: year, grade: grade, subject: subject, date: date, scaleScore: score,
                level: Achievement.level(scaleScore: score, grade: grade), reasonNotTested: nil))
        }
        return tests
    }

    /// The kindergarten-entry assessment, given in September and early October.
    static func readiness(
        year: Int, entry: Int32, school: School, traits: StudentTraits, heritage: Heritage,
        _ circumstances: Achievement.Circumstances, _ random: inout SplitMix64
    ) -> ReadinessRecord {
        let calendar = RivertonYears.calendar(year)
        let date = calendar.schoolDay(
            from: max(entry, calendar.date(month: 9, day: 3)), through: calendar.date(month: 10, day: 10), &random)
        let (scores, result) = Achievement.readiness(traits: traits, heritage: heritage, circumstances, &random)
        return ReadinessRecord(year: year, school: school, date: date, domainScores: scores, result: result)
    }

    /// A senior's chance of a regular diploma this year: lower with the needs that lower it
    /// in real cohorts, and much lower for a second senior year.
    static func graduationChance(_ c: Achievement.Circumstances, ability: Double, yearsInTwelfth: Int) -> Double {
        var chance = 0.975 - (c.lowIncome ? 0.025 : 0) - (c.disability ? 0.06 : 0) - (c.englishLearner ? 0.05 : 0)
        chance += (c.homeless ? -0.06 : 0) + 0.02 * ability + (yearsInTwelfth > 1 ? -0.3 : 0)
        return chance
    }
}
