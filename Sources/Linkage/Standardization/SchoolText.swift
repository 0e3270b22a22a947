/// A school as a partner wrote it (name or code), reduced to lower case with single spaces,
/// so "Lincoln  Elementary" and "lincoln elementary" compare equal. Mapping school names to
/// school codes is a later step; until then only identical texts agree.
public enum SchoolText {
    /// Nil when the text is blank.
    public static func standardize(_ raw: String) -> String? {
        let words = raw.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
