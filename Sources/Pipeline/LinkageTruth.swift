/// Which student each participant of a benchmark truly is.
public enum LinkageTruth: Sendable {
    /// The roster format's `truth.csv`: each participant's student, absent for a participant
    /// who has no district record.
    case students([String: String])
    /// FEBRL: `rec-123-org` and `rec-123-dup-0` are one person, and each of the `participants`
    /// duplicates has its original among the students.
    case febrlRecordNumbers(participants: Int)

    /// Participants who truly have a student.
    public var truePairs: Int {
        switch self {
        case .students(let students): students.count
        case .febrlRecordNumbers(let participants): participants
        }
    }

    public func isCorrect(participant: String, student: String) -> Bool {
        switch self {
        case .students(let students): students[participant] == student
        case .febrlRecordNumbers:
            if let number = Self.recordNumber(participant) { number == Self.recordNumber(student) } else { false }
        }
    }

    /// `rec-123-org` and `rec-123-dup-0` → `123`; nil for an id of another shape, which then
    /// matches nothing.
    private static func recordNumber(_ id: String) -> Substring? {
        let parts = id.split(separator: "-")
        return parts.count >= 3 && parts[0] == "rec" ? parts[1] : nil
    }
}
