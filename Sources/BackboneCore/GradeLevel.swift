/// Grade levels as integers (-1 pre-kindergarten, 0 kindergarten, 1…12), parsed from the
/// spellings SIS exports and Ed-Fi descriptors use.
public enum GradeLevel {
    private static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ]

    /// Accepts `K`, `KG`, `PK`, `-1`, `0`…`12`, `03`, `Third grade`, `Kindergarten`,
    /// `Preschool/Prekindergarten` and Ed-Fi descriptor URIs ending in one of those.
    public static func parse(_ raw: String) -> Int? {
        var text = raw
        if let hash = text.lastIndex(of: "#") { text = String(text[text.index(after: hash)...]) }
        let key = text.lowercased().filter { !$0.isWhitespace }
        switch key {
        case "k", "kg", "kindergarten", "kn": return 0
        case "pk", "p", "prek", "pre-k", "prekindergarten", "preschool/prekindergarten", "preschool", "infant/toddler": return -1
        default: break
        }
        if let number = Int(key), (-2...13).contains(number) { return max(number, -1) }
        for (index, word) in ordinals.enumerated() where key == word + "grade" {
            return index + 1
        }
        return nil
    }

    public static func label(_ grade: Int) -> String {
        switch grade {
        case ..<0: return "Pre-K"
        case 0: return "K"
        default: return String(grade)
        }
    }
}
