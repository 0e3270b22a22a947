import BackboneCore
import Foundation

/// Puts names into one comparable form: ASCII upper case, diacritics folded, only letters kept.
///
/// "Peña-Ruiz, José" and "PENA RUIZ JOSE" agree once standardized. Letters outside Latin are
/// transliterated ("Łukasz" → "LUKASZ", "Þór" → "THOR"), so every standardized name is ASCII
/// and comparators can work on its bytes.
public enum NameStandardizer {
    /// The name's letters only, words run together: "Zoë O'Brien-Núñez" → "ZOEOBRIENNUNEZ".
    public static func standardize(_ name: String) -> String {
        String(decoding: words(name).joined(), as: UTF8.self)
    }

    /// The name's words in ASCII upper case. Spaces, hyphens and other punctuation separate
    /// words; apostrophes join ("O'Brien" is one word, OBRIEN).
    public static func words(_ name: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in asciiFolded(name) {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte - 32)
            case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
            default:
                if !word.isEmpty { words.append(word) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The name's UTF-8 bytes when it is ASCII already (most names: no Foundation call), else
    /// its ICU Latin-ASCII transliteration.
    static func asciiFolded(_ name: String) -> [UInt8] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return Array(name.utf8) }
        let folded = name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
            ?? name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(folded.utf8)
    }

    /// Splits a whole name: "Last, First Middle" by its comma, otherwise "First … Last".
    public static func split(fullName: String) -> (first: String, last: String)? {
        parse(fullName: fullName).map { ($0.first, $0.last) }
    }

    /// A whole name in its parts: "Last, First Middle" by its comma, otherwise
    /// "First Middle Last", where the surname also takes the particles before it
    /// ("Juan de la Cruz" → surname "de la Cruz") and a trailing generational suffix is
    /// dropped ("John Smith Jr." → surname "Smith").
    public static func parse(fullName: String) -> FullName? {
        if let comma = fullName.firstIndex(of: ",") {
            let last = fullName[..<comma].trimmingSpaces
            let rest = Array(withoutSuffixes(fullName[fullName.index(after: comma)...].split(whereSeparator: \.isWhitespace)))
            guard !last.isEmpty, let first = rest.first else { return nil }
            return FullName(first: String(first), middle: joined(rest.dropFirst()), last: String(last))
        }
        let words = Array(withoutSuffixes(fullName.split(whereSeparator: \.isWhitespace)))
        guard words.count >= 2 else { return nil }
        var surnameStart = words.count - 1
        while surnameStart > 1, NameParticles.isParticle(words[surnameStart - 1]) { surnameStart -= 1 }
        return FullName(
            first: String(words[0]), middle: joined(words[1..<surnameStart]),
            last: joined(words[surnameStart...]) ?? "")
    }

    /// The words of a name before its trailing generational suffixes ("Jr.", "III").
    private static func withoutSuffixes(_ words: [Substring]) -> ArraySlice<Substring> {
        var end = words.count
        while end > 1, NameParticles.isSuffix(words[end - 1]) { end -= 1 }
        return words[..<end]
    }

    private static func joined(_ words: ArraySlice<Substring>) -> String? {
        words.isEmpty ? nil : words.joined(separator: " ")
    }
}

/// A whole name read from one field, before standardization.
public struct FullName: Sendable, Hashable {
    public var first: String
    public var middle: String?
    public var last: String

    public init(first: String, middle: String?, last: String) {
        self.first = first
        self.middle = middle
        self.last = last
    }
}
