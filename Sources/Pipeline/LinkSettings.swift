import BackboneCore
import Extract
import Linkage

/// What `backbone link` links, read from a link settings file (docs/link-settings.md) or from a
/// pipeline file and one of its person sources: two person files, how each maps onto the
/// `person` table, and the linker's settings.
public struct LinkSettings: Sendable {
    /// The settings or pipeline file as named; relative paths in it resolve against its folder.
    public var file: String
    /// The roster everyone is linked to (the district's students).
    public var students: SourceConfig
    /// The roster linked to it; its id is the `source` of the review queue and decisions file.
    public var participants: SourceConfig
    /// Blocking, thresholds and the EM prior of the probabilistic pass.
    public var probabilistic: ProbabilisticLinkSettings
    /// Reviewers' verdicts (CSV) as written, relative to `file` unless absolute.
    public var decisions: String?
    /// From a pipeline whose link stage names `schools:`: the school table, and the
    /// enrollment sources each student's latest school is read from.
    public var schools: (directory: SourceConfig, enrollments: [SourceConfig])?
}

/// The two files named on the command line, which replace the paths in the settings.
public struct LinkFiles: Sendable {
    public var students: String
    public var participants: String

    public init(students: String, participants: String) {
        self.students = students
        self.participants = participants
    }
}
