import BackboneCore

/// A way to split students into groups for disaggregation: all students, race/ethnicity,
/// school, program participation, dosage band of program hours, …
public struct Dimension: Sendable {
    public enum Grouping: Sendable {
        case everyone
        /// The groups are the values of a code or string column (labels from its code list).
        case column(String)
        /// A yes/no column.
        case flag(String, yes: String, no: String)
        /// Participants (any hours in the column) and non-participants.
        case participation(String)
        /// Hours in a decimal column: none, then bands cut at ascending `cuts`.
        case hoursBands(String, cuts: [Double])
    }

    /// A group of this dimension counting the same students as a group of another dimension.
    public struct SameStudents: Sendable {
        public var group: String
        public var dimension: String
        public var otherGroup: String
    }

    public let id: String
    public let label: String
    public let grouping: Grouping
    public let sameStudents: [SameStudents]

    public init(id: String, label: String, grouping: Grouping, sameStudents: [SameStudents] = []) {
        self.id = id
        self.label = label
        self.grouping = grouping
        self.sameStudents = sameStudents
    }

    /// The frame column the dimension reads, nil for everyone.
    public var column: String? {
        switch grouping {
        case .everyone: return nil
        case .column(let name), .flag(let name, _, _), .participation(let name), .hoursBands(let name, _): return name
        }
    }

    /// The dimensions every indicator is broken down by, in display order: all students, the
    /// federal groups, school, participation in any program and its dosage band, then each
    /// organization's participation and dosage band.
    ///
    /// - Parameters:
    ///   - organizations: the community organizations with program hours, in pipeline order.
    ///   - dosageCuts: ascending hours where one dosage band ends and the next begins.
    public static func disaggregation(organizations: [(id: String, name: String)], dosageCuts: [Double]) -> [Dimension] {
        var dimensions = [Dimension(id: "all", label: "All students", grouping: .everyone)]
        dimensions.append(Dimension(id: "race_ethnicity", label: "Race/ethnicity", grouping: .column("race_ethnicity")))
        dimensions.append(Dimension(id: "sex", label: "Sex", grouping: .column("sex")))
        for (id, label) in [
            ("economically_disadvantaged", "Economically disadvantaged"), ("english_learner", "English learners"),
            ("disability", "Students with disabilities"), ("homeless", "Experiencing homelessness"),
            ("foster", "Foster care"),
        ] {
            dimensions.append(Dimension(
                id: id, label: label, grouping: .flag(id, yes: label, no: "Not " + label.prefix(1).lowercased() + label.dropFirst())))
        }
        dimensions.append(Dimension(id: "school", label: "School", grouping: .column("school_id")))
        dimensions += participation(
            id: "participant", label: "CBO program participation", hours: "program_hours",
            dosageID: "program_dosage", dosageLabel: "Community program hours", cuts: dosageCuts)
        for organization in organizations {
            dimensions += participation(
                id: "participant_\(organization.id)", label: "\(organization.name): participation",
                hours: StudentYearFrame.hoursColumn(organization.id), dosageID: "dosage_\(organization.id)",
                dosageLabel: "\(organization.name): program hours", cuts: dosageCuts)
        }
        return dimensions
    }

    /// Participants vs non-participants, and the dosage bands whose "no hours" group is the
    /// non-participants again.
    private static func participation(
        id: String, label: String, hours: String, dosageID: String, dosageLabel: String, cuts: [Double]
    ) -> [Dimension] {
        [
            Dimension(id: id, label: label, grouping: .participation(hours)),
            Dimension(
                id: dosageID, label: dosageLabel, grouping: .hoursBands(hours, cuts: cuts),
                sameStudents: [SameStudents(group: DosageBands.noneCode, dimension: id, otherGroup: "no")]),
        ]
    }
}
