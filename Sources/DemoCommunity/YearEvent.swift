import BackboneCore

/// What happens to an enrolled student during one school year.
enum YearEvent: Equatable {
    /// Stays at the same school all year.
    case stays
    /// Moves to another Riverton school during the year.
    case movesWithin
    /// Leaves the district, during the year or at its end.
    case leaves(ExitCode, midYear: Bool)

    /// Draws the year's event from yearly hazards that depend on grade and need.
    static func draw(
        grade: Int, lowIncome: Bool, homeless: Bool, disability: Bool, englishLearner: Bool, speaksEnglish: Bool,
        ability: Double, _ random: inout SplitMix64
    ) -> YearEvent {
        let high = grade >= 9
        let low = lowIncome ? 1.0 : 0
        let unhoused = homeless ? 1.0 : 0
        var dropout = 0.0
        if high {
            dropout = 0.003 + 0.008 * low + 0.03 * unhoused + (disability ? 0.008 : 0) + (englishLearner ? 0.006 : 0)
            dropout = max(0, dropout + 0.003 * Double(grade - 9) - 0.004 * ability)
        }
        let hazards: [(YearEvent, Double)] = [
            (.leaves(.transferredOut, midYear: random.chance(0.5)), 0.045 + 0.01 * unhoused),
            (.leaves(.whereaboutsUnknown, midYear: true), high ? 0.003 : 0.0015),
            (.leaves(.emigrated, midYear: random.chance(0.6)), speaksEnglish ? 0.001 : 0.006),
            (.leaves(.deceased, midYear: true), 0.0002),
            (.leaves(.juvenileFacility, midYear: true), high ? 0.001 + 0.002 * low : 0),
            (.leaves(.droppedOut, midYear: random.chance(0.8)), dropout),
            (.movesWithin, grade <= 7 ? 0.03 : 0),
        ]
        var u = random.unit()
        for (event, probability) in hazards {
            if u < probability { return event }
            u -= probability
        }
        return .stays
    }
}
