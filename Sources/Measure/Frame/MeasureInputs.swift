import BackboneCore

/// The linked canonical tables measure builds its frame from.
public struct MeasureInputs: Sendable {
    /// A CBO's program table, with the person sources its participant ids refer to.
    public struct ProgramSource: Sendable {
        public var partner: String
        public var table: Table
        public var personSources: [String]

        public init(partner: String, table: Table, personSources: [String]) {
            self.partner = partner
            self.table = table
            self.personSources = personSources
        }
    }

    /// The district roster (the link stage's reference source).
    public var students: Table
    public var enrollment: [Table]
    public var attendance: [Table]
    public var assessment: [Table]
    public var programs: [ProgramSource]
    public var postsecondary: [Table]
    public var crosswalk: Crosswalk
    /// Partner ids of community organizations, in pipeline order: one hours column each.
    public var programPartners: [String]

    public init(
        students: Table, enrollment: [Table], attendance: [Table], assessment: [Table], programs: [ProgramSource],
        postsecondary: [Table], crosswalk: Crosswalk, programPartners: [String]
    ) {
        self.students = students
        self.enrollment = enrollment
        self.attendance = attendance
        self.assessment = assessment
        self.programs = programs
        self.postsecondary = postsecondary
        self.crosswalk = crosswalk
        self.programPartners = programPartners
    }
}
