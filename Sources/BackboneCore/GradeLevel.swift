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
        // Most exports write plain numbers: no lower-casing or filtering for those.
        if let number = Int(raw) { return (-2...13).contains(number) ? max(number, -1) : nil }
        var text = raw
        if let hash = text.lastIndex(of: "#") { text = String(text[text.index(after: hash)...]) }
        // ASCII lower case without spaces, byte by byte: descriptors such as "Third grade" are
        // read for every assessment record.
        let key = String(decoding: text.utf8.compactMap { byte -> UInt8? in
            if byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d { return nil }
            return (0x41...0x5a).contains(byte) ? byte + 0x20 : byte
        }, as: UTF8.self)
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
