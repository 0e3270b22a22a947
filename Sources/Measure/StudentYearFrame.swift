import BackboneCore

/// One row per district student per school year: the single table every indicator is
/// computed from (a population filter, a numerator filter and group-bys over it).
public enum StudentYearFrame {
    /// Month and day of the enrollment count date in the fall of each school year.
    public static let countDate = (month: 10, day: 1)

    /// The frame's columns and their types, for checking expressions before anything runs.
    public static func columns(programPartners: [String]) -> [(name: String, type: FieldType)] {
        var columns: [(name: String, type: FieldType)] = [
            ("school_year", .schoolYear), ("grade", .grade), ("school_id", .string),
            ("sex", .code(.sex)), ("race_ethnicity", .code(.raceEthnicity)),
            ("economically_disadvantaged", .boolean), ("english_learner", .boolean), ("disability", .boolean),
            ("homeless", .boolean), ("foster", .boolean),
            ("days_enrolled", .integer), ("days_present", .integer), ("days_absent", .integer),
            ("ela_level", .integer), ("ela_score", .decimal), ("math_level", .integer), ("math_score", .decimal),
            ("kindergarten_readiness_level", .integer),
            ("cohort_year", .integer), ("graduated", .boolean), ("exit_reason", .code(.exitReason)),
            ("postsecondary_fall", .boolean), ("postsecondary_within_year", .boolean),
            ("participant", .boolean), ("program_hours", .decimal),
        ]
        for partner in programPartners { columns.append((hoursColumn(partner), .decimal)) }
        return columns
    }

    /// The column holding a partner's program hours (what `program_hours("partner")` reads).
    public static func hoursColumn(_ partner: String) -> String { "hours_\(partner)" }

    public static func build(_ inputs: MeasureInputs) -> Table {
        let facts = StudentYearFacts(inputs)
        var builder = TableBuilder(
            name: "student_year", fields: columns(programPartners: inputs.programPartners),
            origins: RowOrigins(unit: .record))
        builder.beginFile("student-year frame")
        for (index, key) in facts.keys.enumerated() {
            builder.append(facts.row(for: key, partners: inputs.programPartners), origin: index + 1)
        }
        return builder.build()
    }
}
