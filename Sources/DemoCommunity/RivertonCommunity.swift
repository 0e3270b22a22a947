import BackboneCore

/// Riverton, a fictional community whose partners' exports the demo pipeline reads: a
/// school district of eight schools over five school years (2021–22 to 2025–26), the state
/// assessment, kindergarten readiness, the National Student Clearinghouse, and three
/// community organizations whose participants must be linked to district students.
///
/// Everything is drawn from `seed`: the same seed and size give byte-identical files on
/// any machine. Files are streamed, so a community of 600,000 students needs no more
/// memory than its community-program registrations.
///
///     let summary = try RivertonCommunity(seed: 2026, students: 6000).write(to: "fixtures/riverton")
public struct RivertonCommunity: Sendable {
    public static let defaultSeed: UInt64 = 2026
    public static let defaultStudents = 6000

    public let seed: UInt64
    /// Students ever enrolled over the five years: the rows of `district/students.csv`.
    public let students: Int

    public init(seed: UInt64 = RivertonCommunity.defaultSeed, students: Int = RivertonCommunity.defaultStudents) {
        precondition(students > 0, "a community needs at least one student")
        self.seed = seed
        self.students = students
    }

    /// Writes every export, the truth file and the README under `folder` (created if needed;
    /// other files in it are left alone).
    public func write(to folder: String) throws -> RivertonSummary {
        let exports: [LifeExport] = [
            try StudentsExport(folder: folder), try EnrollmentExport(folder: folder), try AttendanceExport(folder: folder),
            try AssessmentExport(folder: folder, seed: seed), try ReadinessExport(folder: folder),
            try ClearinghouseExport(folder: folder),
        ]
        let (tally, byPartner) = simulate(into: exports)
        var files = try exports.flatMap { try $0.close() }
        files.append(try SchoolsExport.write(folder: folder))
        files.append(try PartnerExports.youthWorks(byPartner[0], folder: folder))
        files.append(try PartnerExports.brightFutures(byPartner[1], folder: folder))
        files.append(try NorthsideExport.write(byPartner[2], folder: folder, seed: seed))
        let all = byPartner.flatMap { $0 }
        files.append(try TruthExport.write(all, folder: folder))

        var summary = RivertonSummary(seed: seed, students: students, files: files, tally: tally, participants: all)
        summary.files.append(try RivertonReadme.write(summary, folder: folder))
        return summary
    }

    /// Writes the same community as the linkage benchmarks' roster format
    /// (../shared/bench/README.md): `district.csv`, `cbo.csv` (every partner's registrations,
    /// with the partners' typing mistakes) and `truth.csv`.
    public func writeRosters(to folder: String) throws -> [WrittenFile] {
        let district = try RosterDistrictExport(folder: folder)
        let (_, byPartner) = simulate(into: [district])
        return try district.close()
            + RosterParticipantsExport.write(byPartner.flatMap { $0 }, stateIDs: district.stateIDs, folder: folder)
    }

    /// Draws every child's life in the district's numbering order, hands each to `exports`,
    /// and returns the tally and each partner's numbered registrations (district children
    /// and children from outside the district).
    private func simulate(into exports: [LifeExport]) -> (RealismTally, [[Registration]]) {
        let origins = (0..<students).map { child in
            var random = SplitMix64(seed: seed, 1, UInt64(child))
            return StudentOrigin.table.pick(&random)
        }
        let order = numberingOrder(origins)
        let simulator = LifeSimulator(seed: seed)
        var tally = RealismTally()
        var registrations: [Registration] = []
        var numbers = SplitMix64(seed: seed, 2)
        var number = 1_000_000
        for child in order {
            number += 1 + numbers.below(3)
            let life = simulator.life(
                child: child, origin: origins[child], number: String(number), stateID: stateID(child))
            for export in exports { export.add(life) }
            tally.add(life)
            if !life.programYears.isEmpty {
                var random = SplitMix64(seed: seed, 5, UInt64(child))
                let identity = life.identity
                let person = RecordedPerson(
                    first: identity.firstName, middle: identity.middleName, last: identity.lastName, nickname: "",
                    birthDate: identity.birthDate, female: identity.female, districtNumber: identity.studentNumber)
                registrations += Registration.register(
                    child: person, studentNumber: identity.studentNumber, childKey: identity.studentNumber,
                    heritage: identity.heritage, rows: life.programYears, &random)
            }
        }
        let byPartner: [[Registration]] = CommunityPartner.allCases.map { partner in
            let district = registrations.filter { $0.partner == partner }
            let outside = Int((Double(district.count) * 0.15 / 0.85).rounded())
            return numbered(district + OutsideChildren.registrations(partner: partner, count: outside, seed: seed), partner)
        }
        return (tally, byPartner)
    }

    /// Children's indices in the order the district numbered them.
    private func numberingOrder(_ origins: [StudentOrigin]) -> [Int] {
        let ties = (0..<origins.count).map { child -> UInt64 in
            var random = SplitMix64(seed: seed, 9, UInt64(child))
            return random.next()
        }
        return origins.indices.sorted { a, b in
            let (x, y) = (origins[a], origins[b])
            if x != y { return StudentOrigin.numberingOrder(x, y) }
            return ties[a] != ties[b] ? ties[a] < ties[b] : a < b
        }
    }

    /// A unique ten-digit state identifier: a fixed shuffle of the child's index.
    private func stateID(_ child: Int) -> String {
        let span = 9_000_000_000
        let offset = Int(seed % UInt64(span))
        return String(1_000_000_000 + (child * 7_919_837 % span + offset) % span)
    }

    /// Orders a partner's registrations as it took them in and gives each its participant id.
    private func numbered(_ registrations: [Registration], _ partner: CommunityPartner) -> [Registration] {
        var sorted = registrations.sorted { a, b in
            a.firstYear != b.firstYear ? a.firstYear < b.firstYear : a.order < b.order
        }
        var random = SplitMix64(seed: seed, 10, UInt64(partner.rawValue))
        var next = 100
        for index in sorted.indices {
            next += 1 + random.below(2)
            switch partner {
            case .youthWorks: sorted[index].participantID = "YW\(10_000 + next)"
            case .brightFutures: sorted[index].participantID = "BF-\(pad(next, 4))"
            case .northside: sorted[index].participantID = "NLC\(pad(next, 6))"
            }
        }
        return sorted
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
