import BackboneCore

/// Which community programs a district child takes part in, year after year: children join
/// when a partner serves their school or neighborhood, and many stay on.
struct ProgramHistory {
    private var activeLastYear = [Bool](repeating: false, count: CommunityPartner.allCases.count)

    /// Adds this year's program rows and returns the academic hours they add up to.
    mutating func draw(
        year: Int, school: School, grade: Int, neighborhood: Neighborhood, lowIncome: Bool,
        into rows: inout [ProgramYear], _ random: inout SplitMix64
    ) -> Double {
        var academicHours = 0.0
        for partner in CommunityPartner.allCases {
            guard let join = partner.joinChance(school: school, grade: grade, neighborhood: neighborhood, lowIncome: lowIncome) else {
                activeLastYear[partner.rawValue] = false
                continue
            }
            let active = random.chance(activeLastYear[partner.rawValue] ? partner.continueChance : join)
            activeLastYear[partner.rawValue] = active
            guard active else { continue }
            let offered = partner.programs.indices.filter { partner.programs[$0].grades.contains(grade) }
            var chosen = [random.pick(offered)]
            if offered.count > 1 && random.chance(0.15) {
                let second = random.pick(offered)
                if second != chosen[0] { chosen.append(second) }
            }
            for program in chosen.sorted() {
                let hundredths = partner.drawHundredths(&random)
                academicHours += Double(hundredths) / 100 * partner.programs[program].academicWeight
                rows.append(ProgramYear(
                    partner: partner, program: program, year: year, hundredths: hundredths,
                    school: school.name, grade: grade, zip: neighborhood.zip))
            }
        }
        return academicHours
    }
}
