/// A date layout such as `MM/DD/YYYY`, declared per source field in the pipeline file.
///
/// Tokens: `YYYY` (four-digit year), `MM` / `DD` (two digits), `M` / `D` (one or two digits);
/// any other character must appear literally. A time of day after the date (`T16:00:00`
/// or ` 08:30`) is accepted and ignored, since exports often carry timestamps.
public struct DateLayout: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable {
        case year, month(exact: Bool), day(exact: Bool), literal(UInt8)
    }

    public let pattern: String
    let tokens: [Token]

    /// The layouts tried, in order, when a field declares none.
    public static let defaults: [DateLayout] = ["YYYY-MM-DD", "M/D/YYYY", "YYYYMMDD"].map { DateLayout($0)! }

    /// Returns nil when the pattern has no year, month and day, so the loader can report it.
    public init?(_ pattern: String) {
        var tokens: [Token] = []
        var bytes = Array(pattern.utf8)[...]
        func take(_ prefix: String) -> Bool {
            let p = Array(prefix.utf8)
            guard bytes.starts(with: p) else { return false }
            bytes = bytes.dropFirst(p.count)
            return true
        }
        while let first = bytes.first {
            if take("YYYY") { tokens.append(.year) }
            else if take("MM") { tokens.append(.month(exact: true)) }
            else if take("DD") { tokens.append(.day(exact: true)) }
            else if take("M") { tokens.append(.month(exact: false)) }
            else if take("D") { tokens.append(.day(exact: false)) }
            else { tokens.append(.literal(first)); bytes = bytes.dropFirst() }
        }
        let hasYear = tokens.contains(.year)
        let hasMonth = tokens.contains(.month(exact: true)) || tokens.contains(.month(exact: false))
        let hasDay = tokens.contains(.day(exact: true)) || tokens.contains(.day(exact: false))
        guard hasYear, hasMonth, hasDay else { return nil }
        self.pattern = pattern
        self.tokens = tokens
    }

    public var description: String { pattern }

    /// The day number, or nil when the text does not follow the layout or names no real day.
    public func parse(_ text: some StringProtocol) -> Int32? {
        if let day = text.utf8.withContiguousStorageIfAvailable({ parse($0) }) { return day }
        return Array(text.utf8).withUnsafeBufferPointer { parse($0) }
    }

    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var i = 0
        var year = 0, month = 0, day = 0
        func digits(min: Int, max: Int) -> Int? {
            var value = 0, count = 0
            while count < max, i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                value = value * 10 + Int(bytes[i] - 48)
                i += 1
                count += 1
            }
            return count >= min ? value : nil
        }
        for token in tokens {
            switch token {
            case .year: guard let v = digits(min: 4, max: 4) else { return nil }; year = v
            case .month(let exact): guard let v = digits(min: exact ? 2 : 1, max: 2) else { return nil }; month = v
            case .day(let exact): guard let v = digits(min: exact ? 2 : 1, max: 2) else { return nil }; day = v
            case .literal(let byte): guard i < bytes.count, bytes[i] == byte else { return nil }; i += 1
            }
        }
        if i < bytes.count, bytes[i] != UInt8(ascii: "T"), bytes[i] != UInt8(ascii: " ") { return nil }
        return CalendarDate.dayNumber(year: year, month: month, day: day)
    }
}
