import BackboneCore

/// Who a child is in the district's records: identifiers, legal name, birth date,
/// demographics and home address.
struct StudentIdentity {
    let studentNumber: String
    let stateID: String
    let firstName: String
    let middleName: String
    let lastName: String
    let birthDate: Int32
    let female: Bool
    let heritage: Heritage
    let raceCode: String
    let homeLanguage: String
    var neighborhood: Neighborhood
    var street: String

    /// Draws a child of `grade` in school year `year` (ending year). About one in twenty is
    /// a year older than the grade's usual age, as children held back before are.
    static func draw(
        number: String, stateID: String, year: Int, grade: Int, _ random: inout SplitMix64
    ) -> StudentIdentity {
        let neighborhood = NeighborhoodTables.choice.pick(&random)
        let heritage = NeighborhoodTables.heritage[neighborhood.rawValue].pick(&random)
        let female = random.chance(0.49)
        let names = PersonName.draw(heritage: heritage, female: female, &random)
        let older = random.chance(0.05) ? 1 : 0
        let birth = birthDate(year: year, grade: grade + older, &random)
        return StudentIdentity(
            studentNumber: number, stateID: stateID,
            firstName: names.first, middleName: names.middle, lastName: names.last,
            birthDate: birth, female: female, heritage: heritage, raceCode: heritage.raceCode(&random),
            homeLanguage: heritage.homeLanguages.pick(&random), neighborhood: neighborhood,
            street: address(in: neighborhood, &random))
    }

    /// A birth date between September 1 and August 31 of the cohort that is in `grade` in
    /// school year `year` (kindergartners turn five by September 1).
    static func birthDate(year: Int, grade: Int, _ random: inout SplitMix64) -> Int32 {
        let start = CalendarDate.dayNumber(year: year - grade - 7, month: 9, day: 1)!
        let end = CalendarDate.dayNumber(year: year - grade - 6, month: 8, day: 31)!
        return start + Int32(random.below(Int(end - start) + 1))
    }

    static func address(in neighborhood: Neighborhood, _ random: inout SplitMix64) -> String {
        let number = 100 + random.below(48) * 50 + random.below(50)
        return "\(number) \(random.pick(neighborhood.streets))"
    }
}

/// Weighted tables of where Riverton's families live and who they are.
enum NeighborhoodTables {
    static let choice = WeightedChoice(Neighborhood.allCases.map { ($0, $0.weight) })
    static let heritage: [WeightedChoice<Heritage>] = Neighborhood.allCases.map { neighborhood in
        WeightedChoice(Array(zip(Heritage.allCases, neighborhood.heritageWeights)))
    }
}
