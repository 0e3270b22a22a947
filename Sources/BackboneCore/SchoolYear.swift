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
        // On UTF-8 bytes, not Characters: every extracted cell passes here.
        let string = Substring(self)
        let bytes = string.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0d || $0 == 0x0a }
        guard let first = bytes.first, let last = bytes.last else { return string }
        if !isSpace(first), !isSpace(last) { return string }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        // The byte after the last non-space one is a space or the end: a character boundary.
        let end = bytes.index(after: bytes.lastIndex(where: { !isSpace($0) })!)
        return string[start..<end]
    }
}
