import BackboneCore

/// Counts kept while lives are drawn, so a run can say how realistic its community is
/// (and tests can hold it to the ranges real districts show).
struct RealismTally {
    var studentsByYear = [Int](repeating: 0, count: RivertonYears.all.count)
    var attendanceRows = 0
    var chronicallyAbsent = 0
    var scoredTests = 0
    var proficientTests = 0
    var readinessAssessed = 0
    var ready = 0
    var adjustedCohort = 0
    var onTimeGraduates = 0
    var collegeCohort = 0
    var enrolledFirstFall = 0

    /// First-time 9th-grade cohorts whose four years fall inside the data (named by the
    /// ending year of their 9th-grade year: 2022 graduates on time in 2025).
    static let completeCohorts = 2022...2023

    mutating func add(_ life: StudentLife) {
        for year in Set(life.enrollments.map(\.year)) {
            studentsByYear[year - RivertonYears.all.lowerBound] += 1
        }
        for row in life.enrollments where row.daysEnrolled >= 10 {
            attendanceRows += 1
            if Double(row.daysEnrolled - row.daysPresent) >= 0.1 * Double(row.daysEnrolled) { chronicallyAbsent += 1 }
        }
        for test in life.tests {
            guard let level = test.level else { continue }
            scoredTests += 1
            if level >= 3 { proficientTests += 1 }
        }
        if let readiness = life.readiness {
            readinessAssessed += 1
            if readiness.result == .demonstrating { ready += 1 }
        }
        addCohort(life)
        if let graduated = life.graduationDate, CalendarDate.civil(graduated).year <= ClearinghouseExport.lastGraduationYear {
            collegeCohort += 1
            let october = CalendarDate.dayNumber(year: CalendarDate.civil(graduated).year, month: 10, day: 31)!
            if life.college.contains(where: { if case .enrollment(let begin, _, _) = $0.kind { begin <= october } else { false } }) {
                enrolledFirstFall += 1
            }
        }
    }

    /// The adjusted cohort: removals (documented transfers, emigration, juvenile facility,
    /// death) leave it; dropouts and unknown leavers stay in.
    private mutating func addCohort(_ life: StudentLife) {
        guard let cohort = life.enrollments.compactMap(\.cohortYear).first,
              RealismTally.completeCohorts.contains(cohort),
              let last = life.enrollments.last else { return }
        let removals: Set<ExitCode> = [.transferredOut, .emigrated, .juvenileFacility, .deceased]
        if removals.contains(last.exitCode) && last.year <= cohort + 3 { return }
        adjustedCohort += 1
        if last.exitCode == .graduated && last.year <= cohort + 3 { onTimeGraduates += 1 }
    }
}

/// What a generator run wrote and how its community compares with real ones.
public struct RivertonSummary: Sendable {
    public var seed: UInt64
    public var students: Int
    public var files: [WrittenFile]
    /// Students enrolled at any time in each school year, 2022…2026.
    public var studentsByYear: [Int]
    /// Share of student-school-years (10+ days enrolled) absent 10% or more of their days.
    public var chronicAbsenceRate: Double
    /// Share of scored grade 3–8 tests at level 3 or 4.
    public var proficiencyRate: Double
    /// Share of assessed kindergartners demonstrating readiness.
    public var readinessRate: Double
    /// Four-year adjusted cohort graduation rate of the 9th-grade cohorts of 2022 and 2023.
    public var graduationRate: Double
    /// Share of 2022–2025 graduates enrolled in college by October 31 after graduating.
    public var collegeEnrollmentRate: Double
    /// Partner participant ids, and those with no district record.
    public var participantIDs: Int
    public var participantIDsWithoutDistrictRecord: Int

    init(seed: UInt64, students: Int, files: [WrittenFile], tally: RealismTally, participants: [Registration]) {
        func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        self.seed = seed
        self.students = students
        self.files = files
        studentsByYear = tally.studentsByYear
        chronicAbsenceRate = share(tally.chronicallyAbsent, tally.attendanceRows)
        proficiencyRate = share(tally.proficientTests, tally.scoredTests)
        readinessRate = share(tally.ready, tally.readinessAssessed)
        graduationRate = share(tally.onTimeGraduates, tally.adjustedCohort)
        collegeEnrollmentRate = share(tally.enrolledFirstFall, tally.collegeCohort)
        participantIDs = participants.count
        participantIDsWithoutDistrictRecord = participants.filter { $0.studentNumber == nil }.count
    }

    /// The community's key figures, one line each, for the README and the command line.
    public var highlights: [String] {
        [
            "Students enrolled per year, 2022–2026: " + studentsByYear.map(String.init).joined(separator: ", "),
            "Chronically absent (10%+ of enrolled days, student-school-years of 10+ days): \(percent(chronicAbsenceRate))",
            "State tests at proficient or above, grades 3–8: \(percent(proficiencyRate))",
            "Kindergartners demonstrating readiness: \(percent(readinessRate))",
            "Four-year adjusted cohort graduation rate, 9th-grade cohorts 2022–2023: \(percent(graduationRate))",
            "Graduates 2022–2025 enrolled in college by October 31: \(percent(collegeEnrollmentRate))",
            "Partner participant ids: \(participantIDs), with no district record: \(participantIDsWithoutDistrictRecord)",
        ]
    }

    /// One decimal, computed on integers so the text never depends on float formatting.
    private func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
