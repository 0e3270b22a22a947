/// The passes that link a participant to a district student, strictest first; every link
/// records the pass that made it.
public enum LinkPass: String, CaseIterable, Sendable {
    /// A reviewer accepted the pair (decisions file); it overrides every other pass.
    case reviewer
    case stateId = "state_id"
    case nameBirthDate = "name_birth_date"
    case fellegiSunter = "fellegi_sunter"

    /// How the linkage page names the pass.
    public var label: String {
        switch self {
        case .reviewer: return "Confirmed by a reviewer"
        case .stateId: return "Same state student ID"
        case .nameBirthDate: return "Same name and birth date"
        case .fellegiSunter: return "Probabilistic match (Fellegi–Sunter)"
        }
    }
}
