import BackboneCore

/// One-character typing mistakes: a neighboring key, a dropped or doubled letter, or two
/// letters swapped. The first letter is kept, as people rarely mistype it.
enum Typo {
    private static let neighbors: [Character: String] = [
        "a": "sqz", "b": "vnh", "c": "xvd", "d": "sfe", "e": "wrd", "f": "dgr", "g": "fht", "h": "gjy",
        "i": "uok", "j": "hku", "k": "jli", "l": "ko", "m": "n", "n": "bm", "o": "ipl", "p": "o",
        "q": "wa", "r": "etf", "s": "adw", "t": "ryg", "u": "yij", "v": "cb", "w": "qes", "x": "zc",
        "y": "tuh", "z": "xa",
    ]

    static func apply(_ text: String, _ random: inout SplitMix64) -> String {
        var letters = Array(text)
        guard letters.count >= 3 else { return text }
        let position = 1 + random.below(letters.count - 1)
        switch random.below(4) {
        case 0:
            let lower = Character(letters[position].lowercased())
            if let options = neighbors[lower] {
                let replacement = options[options.index(options.startIndex, offsetBy: random.below(options.count))]
                letters[position] = letters[position].isUppercase ? Character(replacement.uppercased()) : replacement
            } else {
                letters.remove(at: position)
            }
        case 1:
            letters.remove(at: position)
        case 2:
            letters.insert(letters[position], at: position)
        default:
            let other = position == letters.count - 1 ? position - 1 : position + 1
            letters.swapAt(position, other)
        }
        let result = String(letters)
        guard result == text else { return result }
        // Swapping two equal letters changes nothing: drop one instead.
        letters.remove(at: position)
        return String(letters)
    }

    /// A number with one digit changed.
    static func digit(_ number: String, _ random: inout SplitMix64) -> String {
        var digits = Array(number)
        let position = random.below(digits.count)
        let old = digits[position].wholeNumberValue ?? 0
        digits[position] = Character(String((old + 1 + random.below(9)) % 10))
        return String(digits)
    }
}
