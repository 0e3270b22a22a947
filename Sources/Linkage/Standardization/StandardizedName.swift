/// One name in the form comparators work on: ASCII upper-case letters, in three shapes.
///
/// `compact` runs the words together ("PENARUIZ"), so spacing and punctuation never matter;
/// `spaced` keeps the words apart for people to read ("PENA RUIZ"); `parts` are the words a
/// compound or hyphenated surname can be matched on by itself ("PENA", "RUIZ").
public struct StandardizedName: Sendable, Hashable {
    public let compact: [UInt8]
    public let spaced: String
    public let parts: [[UInt8]]

    /// A given or middle name; nil when it has no letters.
    public static func given(_ raw: String) -> StandardizedName? {
        StandardizedName(words: NameStandardizer.words(raw), parts: { $0 })
    }

    /// A surname: trailing generational suffixes are dropped ("Smith Jr." → SMITH), and its
    /// parts leave out particles and single letters ("de la Cruz" → parts CRUZ) unless
    /// nothing else is left. Nil when it has no letters.
    public static func surname(_ raw: String) -> StandardizedName? {
        var words = NameStandardizer.words(raw)
        while words.count > 1, let last = words.last, NameParticles.isSuffix(last) { words.removeLast() }
        return StandardizedName(words: words) { words in
            let significant = words.filter { $0.count > 1 && !NameParticles.isParticle($0) }
            return significant.isEmpty ? words : significant
        }
    }

    private init?(words: [[UInt8]], parts: ([[UInt8]]) -> [[UInt8]]) {
        guard !words.isEmpty else { return nil }
        compact = words.flatMap { $0 }
        spaced = words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        self.parts = parts(words)
    }

    /// The compact form as text ("PENARUIZ").
    public var text: String { String(decoding: compact, as: UTF8.self) }
}
