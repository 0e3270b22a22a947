import BackboneCore

/// Sex and race/ethnicity of each student from the district roster (the first row of each
/// id); a student recorded as Hispanic or Latino counts as `hispanic`, whatever the race.
struct FrameDemographics {
    /// Per student: a code into the dictionary, -1 when unknown.
    private(set) var sex: [Int32]
    private(set) var race: [Int32]
    private(set) var sexNames = StringInterner()
    private(set) var raceNames = StringInterner()

    init(_ table: Table, students: StudentIndex) {
        sex = [Int32](repeating: -1, count: students.count)
        race = sex
        var seen = [Bool](repeating: false, count: students.count)
        let student = students.rowStudents(table)
        let sexColumn = table.strings("sex"), raceColumn = table.strings("race_ethnicity")
        let hispanic = table.booleans("hispanic_latino")
        let sexCodes = sexColumn.map { sexNames.codes(of: $0.dictionary) } ?? []
        let raceCodes = raceColumn.map { raceNames.codes(of: $0.dictionary) } ?? []
        let hispanicCode = raceNames.code(of: "hispanic")
        for row in 0..<table.rowCount {
            let s = Int(student[row])
            guard s >= 0, !seen[s] else { continue }
            seen[s] = true
            if let sexColumn, sexColumn.codes[row] >= 0 { sex[s] = sexCodes[Int(sexColumn.codes[row])] }
            if let hispanic, hispanic.valid[row], hispanic.values[row] {
                race[s] = hispanicCode
            } else if let raceColumn, raceColumn.codes[row] >= 0 {
                race[s] = raceCodes[Int(raceColumn.codes[row])]
            }
        }
    }
}
