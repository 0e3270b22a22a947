/// The shape of a value with its content hidden: letters become `A`/`a`, digits `9`,
/// other characters stay. "Maria 07/04" becomes "Aaaaa 99/99".
///
/// Findings about identifying fields show this, never the value itself.
public enum ValueShape {
    public static func of(_ text: some StringProtocol, limit: Int = 24) -> String {
        var shape = ""
        for character in text.prefix(limit) {
            if character.isNumber { shape.append("9") }
            else if character.isUppercase { shape.append("A") }
            else if character.isLetter { shape.append("a") }
            else { shape.append(character) }
        }
        if text.count > limit { shape.append("…") }
        return "'\(shape)'"
    }
}
