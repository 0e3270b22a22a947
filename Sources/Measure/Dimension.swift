import BackboneCore

/// A way to split students into groups for disaggregation: all students, race/ethnicity, …
public struct Dimension: Sendable {
    public let id: String
    public let label: String
    /// The frame column whose values are the groups; nil for "all students".
    public let column: String?

    /// The dimensions the report card shows, in display order.
    public static let standard: [Dimension] = [
        Dimension(id: "all", label: "All students", column: nil),
        Dimension(id: "race_ethnicity", label: "Race/ethnicity", column: "race_ethnicity"),
        Dimension(id: "sex", label: "Sex", column: "sex"),
        Dimension(id: "economically_disadvantaged", label: "Economically disadvantaged", column: "economically_disadvantaged"),
        Dimension(id: "english_learner", label: "English learners", column: "english_learner"),
        Dimension(id: "disability", label: "Students with disabilities", column: "disability"),
        Dimension(id: "homeless", label: "Experiencing homelessness", column: "homeless"),
        Dimension(id: "foster", label: "Foster care", column: "foster"),
        Dimension(id: "school", label: "School", column: "school_id"),
        Dimension(id: "participant", label: "CBO program participation", column: "participant"),
    ]

    /// The group's code as published (stable, for CSV) and its label (for people).
    public func group(of value: Value, in frame: Table) -> (code: String, label: String)? {
        guard let column else { return ("all", "All students") }
        switch value {
        case .null: return nil
        case .boolean(let b):
            switch id {
            case "participant": return b ? ("yes", "Participants") : ("no", "Non-participants")
            default: return b ? ("yes", label) : ("no", "Not \(label.prefix(1).lowercased() + label.dropFirst())")
            }
        case .string(let s):
            if case .code(let list) = frame.column(column)?.type, let label = list.label(of: s) { return (s, label) }
            return (s, s)
        default:
            return (value.description, value.description)
        }
    }
}
