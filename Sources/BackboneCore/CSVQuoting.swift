/// RFC 4180 quoting, shared by every CSV Backbone writes (report files, quarantine rows).
public enum CSVQuoting {
    /// The field as written in a CSV row: quoted, with quotes doubled, when it holds the
    /// delimiter, a quote or a line break; unchanged otherwise.
    public static func quote(_ field: String, delimiter: Character = ",") -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var quoted = "\""
        for character in field {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// A whole row, fields quoted as needed and joined by the delimiter (no line break).
    public static func row(_ fields: [String], delimiter: Character = ",") -> String {
        fields.map { quote($0, delimiter: delimiter) }.joined(separator: String(delimiter))
    }
}
