import BackboneCore

/// Children a community partner serves whom the district never enrolled: they go to a
/// private or charter school, the next district's schools, or learn at home. A linker
/// must leave them unlinked.
enum OutsideChildren {
    static func registrations(partner: CommunityPartner, count: Int, seed: UInt64) -> [Registration] {
        var result: [Registration] = []
        for index in 0..<count {
            var random = SplitMix64(seed: seed, 6, UInt64(partner.rawValue), UInt64(index))
            let neighborhood = NeighborhoodTables.choice.pick(&random)
            let heritage = NeighborhoodTables.heritage[neighborhood.rawValue].pick(&random)
            let female = random.chance(0.49)
            let name = PersonName.draw(heritage: heritage, female: female, &random)
            let grades = partner.programs.map(\.grades.lowerBound).min()!...partner.programs.map(\.grades.upperBound).max()!
            var year = random.int(in: RivertonYears.all)
            var grade = random.int(in: grades)
            let birth = StudentIdentity.birthDate(year: year, grade: grade, &random)
            let schools = RivertonSchools.outside.filter { $0.grades.contains(grade) }
            var school = random.pick(schools)
            let zip = random.chance(0.5) ? neighborhood.zip : random.pick(Neighborhood.outsideZips)
            var rows: [ProgramYear] = []
            repeat {
                if !school.grades.contains(grade) {
                    school = random.pick(RivertonSchools.outside.filter { $0.grades.contains(grade) })
                }
                let offered = partner.programs.indices.filter { partner.programs[$0].grades.contains(grade) }
                if !offered.isEmpty {
                    rows.append(ProgramYear(
                        partner: partner, program: random.pick(offered), year: year,
                        hundredths: partner.drawHundredths(&random), school: school.name, grade: grade, zip: zip))
                }
                year += 1
                grade += 1
            } while RivertonYears.all.contains(year) && grades.contains(grade) && random.chance(partner.continueChance)
            guard !rows.isEmpty else { continue }
            let child = RecordedPerson(
                first: name.first, middle: name.middle, last: name.last, nickname: "", birthDate: birth,
                female: female, districtNumber: nil)
            result += Registration.register(
                child: child, studentNumber: nil, childKey: "outside-\(partner.rawValue)-\(index)", heritage: heritage,
                rows: rows, &random)
        }
        return result
    }
}
