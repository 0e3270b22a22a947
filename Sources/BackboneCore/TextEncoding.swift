/// The character encoding a partner's export is declared in; everything is UTF-8 after extract.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "latin-1"
}
