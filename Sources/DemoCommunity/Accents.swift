/// Removing diacritics the way many data systems do when they cannot store them
/// (José → Jose, Peña → Pena, Zoë → Zoe). Only the Latin-1 letters the name lists use.
enum Accents {
    private static let plain: [Character: Character] = [
        "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ñ": "n", "ë": "e", "ï": "i", "ç": "c",
        "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Ü": "U", "Ñ": "N", "Ë": "E", "Ï": "I", "Ç": "C",
    ]

    static func strip(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        return String(text.map { plain[$0] ?? $0 })
    }
}
