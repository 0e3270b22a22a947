import BackboneCore
import Foundation

/// Puts names into one comparable form: upper case, diacritics folded, only letters kept.
///
/// "Peña-Ruiz, José" and "PENA RUIZ JOSE" agree once standardized; a "Last, First" value
/// in one field is split at its comma.
public enum NameStandardizer {
    public static func standardize(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        for scalar in folded.unicodeScalars where CharacterSet.letters.contains(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result.uppercased()
    }

    /// Splits a whole name: "Last, First Middle" by its comma, otherwise "First … Last".
    public static func split(fullName: String) -> (first: String, last: String)? {
        if let comma = fullName.firstIndex(of: ",") {
            let last = fullName[..<comma].trimmingSpaces
            let rest = fullName[fullName.index(after: comma)...].trimmingSpaces
            let first = rest.split(separator: " ").first.map(String.init) ?? ""
            guard !last.isEmpty, !first.isEmpty else { return nil }
            return (first, String(last))
        }
        let words = fullName.split(separator: " ")
        guard words.count >= 2 else { return nil }
        return (String(words[0]), String(words[words.count - 1]))
    }
}
