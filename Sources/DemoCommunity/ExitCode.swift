/// Riverton's SIS exit codes, as the enrollment export carries them, and the canonical
/// `exit_reason` each maps to in the pipeline file.
enum ExitCode: String, CaseIterable, Sendable {
    case endOfYear = "EY"
    case graduated = "GR"
    case completedOther = "GE"
    case transferWithin = "TD"
    case transferredOut = "TO"
    case emigrated = "EM"
    case juvenileFacility = "JF"
    case deceased = "DC"
    case droppedOut = "DO"
    case whereaboutsUnknown = "UN"

    var exitReason: String {
        switch self {
        case .endOfYear: return "promoted"
        case .graduated: return "graduated"
        case .completedOther: return "completed_other"
        case .transferWithin, .whereaboutsUnknown: return "other"
        case .transferredOut: return "transferred_out"
        case .emigrated: return "emigrated"
        case .juvenileFacility: return "juvenile_facility"
        case .deceased: return "deceased"
        case .droppedOut: return "dropped_out"
        }
    }

    var meaning: String {
        switch self {
        case .endOfYear: return "End of school year, continuing (promoted or retained)"
        case .graduated: return "Graduated with a regular diploma"
        case .completedOther: return "Left with a GED or certificate of completion"
        case .transferWithin: return "Moved to another Riverton school (a new row follows)"
        case .transferredOut: return "Transferred out: enrolled elsewhere, records requested"
        case .emigrated: return "Left the country"
        case .juvenileFacility: return "Placed in a juvenile justice facility"
        case .deceased: return "Deceased"
        case .droppedOut: return "Dropped out"
        case .whereaboutsUnknown: return "Withdrawn, whereabouts unknown (no records request)"
        }
    }
}
