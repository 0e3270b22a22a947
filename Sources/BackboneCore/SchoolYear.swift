/// School years are named by their ending calendar year: 2024 is the year 2023–24.
public enum SchoolYear {
    /// Accepts `2024`, `2023-2024`, `2023-24` and `2023/24`; the second year must follow the first.
    public static func parse(_ raw: some StringProtocol) -> Int? {
        let text = raw.trimmingSpaces
        if let year = Int(text), (1900...2200).contains(year) { return year }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "–" })
        guard parts.count == 2, let first = Int(parts[0]), (1900...2200).contains(first), let second = Int(parts[1]) else {
            return nil
        }
        let ending = parts[1].count == 2 ? (first / 100) * 100 + second + (second < first % 100 ? 100 : 0) : second
        return ending == first + 1 ? ending : nil
    }

    /// `2023–24`, the label reports use.
    public static func label(_ year: Int) -> String {
        let previous = year - 1
        let suffix = String(year % 100)
        return "\(previous)–\(suffix.count == 1 ? "0" + suffix : suffix)"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (no Foundation needed).
    public var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        let string = Substring(self)
        guard let start = string.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = string.lastIndex(where: { !isSpace($0) })!
        return string[start...end]
    }
}
