import BackboneCore

/// Sex as recorded, for the sex comparison; anything but female or male (e.g. "not
/// selected") counts as missing, so it neither supports nor contradicts a link.
public enum Sex: UInt8, Sendable, Hashable {
    case female
    case male

    /// Reads the canonical codes ("female", "male") and the common one-letter forms.
    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "female", "f": self = .female
        case "male", "m": self = .male
        default: return nil
        }
    }
}
