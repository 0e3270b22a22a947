import BackboneCore

/// The district's schools by name, so that a partner's "Lincoln Elementary" and the
/// district's code 103 compare as the same school.
///
/// A school text is read in this order: a district code as written; the name, compared with
/// case, spacing and punctuation ignored, the words "school"/"sch" dropped and the usual
/// abbreviations spelt out ("elem", "es" → elementary, "ms" → middle, "hs" or "H.S." → high); failing
/// that, the one name at Jaro–Winkler 0.94 or more above every other. A text that fits no
/// school (a private school, "home school") is kept as written and agrees with no code.
public struct SchoolDirectory: Sendable {
    private let codes: Set<String>
    private let codeByKey: [[UInt8]: String]
    private let keys: [(key: [UInt8], code: String)]
    static let fuzzyThreshold = 0.94
    static let expansions = ["ELEM": "ELEMENTARY", "ES": "ELEMENTARY", "MS": "MIDDLE", "HS": "HIGH"]

    /// `schools` pairs each district code with its name.
    public init(schools: [(code: String, name: String)]) {
        codes = Set(schools.map(\.code))
        var byKey: [[UInt8]: String] = [:]
        for school in schools { byKey[Self.key(school.name)] = school.code }
        codeByKey = byKey
        keys = schools.map { (Self.key($0.name), $0.code) }
    }

    /// The district code a partner's school text stands for, or nil when none fits.
    public func code(for raw: String) -> String? {
        let trimmed = String(raw.trimmingSpaces)
        if codes.contains(trimmed) { return trimmed }
        let key = Self.key(raw)
        guard !key.isEmpty else { return nil }
        if let code = codeByKey[key] { return code }
        let scored = keys.map { (similarity: JaroWinkler.similarity(key, $0.key), code: $0.code) }
            .sorted { $0.similarity > $1.similarity }
        guard let best = scored.first, best.similarity >= Self.fuzzyThreshold else { return nil }
        if scored.count > 1, scored[1].similarity >= Self.fuzzyThreshold, scored[1].code != best.code { return nil }
        return best.code
    }

    /// The name's words with "school" dropped and abbreviations spelt out, run together;
    /// initials written apart ("H.S.") are read as one word first.
    static func key(_ name: String) -> [UInt8] {
        var words: [[UInt8]] = []
        var lastIsInitials = false
        for word in NameStandardizer.words(name) {
            if word.count == 1, lastIsInitials {
                words[words.count - 1] += word
            } else {
                words.append(word)
                lastIsInitials = word.count == 1
            }
        }
        return words.flatMap { word -> [UInt8] in
            let text = String(decoding: word, as: UTF8.self)
            if text == "SCHOOL" || text == "SCH" { return [] }
            return Array((expansions[text] ?? text).utf8)
        }
    }
}
